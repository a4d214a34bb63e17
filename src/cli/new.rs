//! `budgetc new DIR --template ID`: a department skeleton that checks and builds, to be
//! filled in; `budgetc templates`: the templates it knows, `templates/ID/template.toml`;
//! each skeleton is data, `templates/ID/new.budget`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::msg;
use crate::template::{self, Template};

/// The template of `budgetc new` when none is named.
pub const DEFAULT: &str = "hebei-2024";

/// The file `new` writes into DIR.
const FILE: &str = "main.budget";

/// The skeleton of template `id`, if budgetc knows the template.
fn skeleton(id: &str) -> Option<&'static str> {
    template::skeleton(id)
}

/// `budgetc templates`: each template id with its name and years.
pub fn list() -> Result<ExitCode, String> {
    let mut out = std::io::stdout();
    for id in template::ids() {
        let Some(t) = Template::find(id) else { continue };
        let [first, last] = t.spec.years;
        let years = if first == last { first.to_string() } else { format!("{first}–{last}") };
        let _ = writeln!(out, "{id}  {}  {}", t.name(), msg!("cli-templates-years", years = years));
    }
    Ok(ExitCode::SUCCESS)
}

/// `budgetc new DIR --template ID`: writes `DIR/main.budget` (and the template's other
/// skeleton files, a 决算's budget of its year); DIR must be new or empty.
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
    for (name, other) in template::skeleton_files(template) {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(dir.join(name)).map_err(cannot)?;
        f.write_all(other.as_bytes()).and_then(|()| f.sync_all()).map_err(cannot)?;
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
    use super::{skeleton, template, DEFAULT};

    #[test]
    fn every_template_has_a_skeleton_that_names_it() {
        assert!(template::ids().contains(&DEFAULT));
        for id in template::ids() {
            let text = skeleton(id).unwrap_or_else(|| panic!("no templates/{id}/new.budget"));
            assert!(text.lines().any(|l| l.trim() == format!("template {id}")), "{id}: the skeleton names another");
        }
    }
}
