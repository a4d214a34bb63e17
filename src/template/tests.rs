use super::{ids, shared_measures, Template, MEASURES};
use crate::diag::Diagnostics;

#[test]
fn shared_measures_are_read() {
    assert!(toml::from_str::<toml::Table>(MEASURES).is_ok());
    assert!(shared_measures().len() > 20, "templates/measures.toml did not parse");
}

#[test]
fn every_builtin_template_reads_without_diagnostics() {
    assert!(!ids().is_empty());
    for id in ids() {
        let text = super::builtin::BUILTIN.iter().find(|(i, _)| *i == id).map(|(_, t)| *t).unwrap_or_default();
        let mut diags = Diagnostics::new();
        let t = Template::parse(text, None, &mut diags);
        let shown: Vec<String> = diags.as_slice().iter().map(|d| format!("{:?}", d)).collect();
        assert!(diags.is_empty(), "{id}: {shown:#?}");
        let t = t.expect("template");
        assert_eq!(t.id, id, "templates/{id}/template.toml names itself {}", t.id);
    }
}

#[test]
fn hebei_template_has_31_class_rows() {
    let t = Template::find("hebei-2024").expect("template");
    assert_eq!(t.class_rows.len(), 31);
    assert_eq!(t.class_rows.last().map(|r| r.1.is_none()), Some(true));
}

#[test]
fn join_and_where_without_each_are_refused() {
    let text = crate::template::builtin::BUILTIN.iter().find(|(i, _)| *i == "shanghai-2024-final").map(|(_, t)| *t);
    let text = text.expect("template").replace(r#"each = "class", where = "一般公共预算", "#, "");
    let mut diags = Diagnostics::new();
    assert!(Template::parse(&text, None, &mut diags).is_none());
    let codes: Vec<String> = diags.as_slice().iter().map(|d| d.code.to_string()).collect();
    // `where` and `join` without `each`: one error for the block.
    assert_eq!(codes, ["B4003"], "{:#?}", diags.as_slice());
}
