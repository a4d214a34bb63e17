//! `budgetc new DIR --template ID`: a department skeleton that checks and builds, to be
//! filled in; `budgetc templates`: the templates it knows. The templates are those of
//! `catalog::TEMPLATES`; each skeleton is data, `templates/ID/new.budget`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::catalog::TEMPLATES;
use crate::msg;

/// The template of `budgetc new` when none is named.
pub const DEFAULT: &str = "hebei-2024";

/// The file `new` writes into DIR.
const FILE: &str = "main.budget";

/// The skeleton of each template id (a test checks that every template has one).
const SKELETONS: &[(&str, &str)] = &[("hebei-2024", include_str!("../../templates/hebei-2024/new.budget"))];

/// The skeleton of template `id`, if budgetc knows the template.
fn skeleton(id: &str) -> Option<&'static str> {
    let known = TEMPLATES.iter().any(|(name, _)| *name == id);
    SKELETONS.iter().find(|(name, _)| known && *name == id).map(|(_, text)| *text)
}

/// `budgetc templates`: each template id with the first line of its skeleton.
pub fn list() -> Result<ExitCode, String> {
    let mut out = std::io::stdout();
    for (id, _) in TEMPLATES {
        let title = skeleton(id).and_then(|s| s.lines().next()).unwrap_or_default();
        let _ = writeln!(out, "{id}  {}", title.trim_start_matches('#').trim());
    }
    Ok(ExitCode::SUCCESS)
}

/// `budgetc new DIR --template ID`: writes `DIR/main.budget`; DIR must be new or empty.
pub fn run(dir: &Path, template: &str) -> Result<ExitCode, String> {
    let text = skeleton(template).ok_or_else(|| msg!("cli-new-unknown-template", template = template).to_string())?;
    let shown = dir.display().to_string();
    let cannot = |e: std::io::Error| msg!("cli-cannot-write", path = &shown, reason = e.to_string()).to_string();
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(msg!("cli-new-not-empty", dir = &shown).to_string());
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::fs::create_dir_all(dir).map_err(cannot)?,
        Err(e) => return Err(cannot(e)),
    }
    let file = dir.join(FILE);
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&file).map_err(cannot)?;
    f.write_all(text.as_bytes()).and_then(|()| f.sync_all()).map_err(cannot)?;
    let wrote = msg!("cli-new-wrote", file = file.display().to_string(), template = template);
    let _ = writeln!(std::io::stderr(), "{wrote}");
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::{skeleton, DEFAULT, TEMPLATES};

    #[test]
    fn every_template_has_a_skeleton_that_names_it() {
        assert!(TEMPLATES.iter().any(|(id, _)| *id == DEFAULT));
        for (id, _) in TEMPLATES {
            let text = skeleton(id).unwrap_or_else(|| panic!("no templates/{id}/new.budget"));
            assert!(text.lines().any(|l| l.trim() == format!("template {id}")), "{id}: the skeleton names another");
        }
    }
}
