//! Throughput of each stage on a generated budget (run: `cargo bench`). Prints figures;
//! it asserts nothing, so that speed is measured here and never in timed tests.

use std::time::{Duration, Instant};

use budgetc::diag::Diagnostics;

/// A department with `projects` projects of six indicators and 20 basic lines per 项.
fn generate(projects: usize) -> String {
    let mut s = String::from("department 901 \"示例局\"\nyear 2024\nmoney 万元\nunit \"示例局（本级）\" kind 行政 level \"正处级\" funding 财政拨款\n");
    let functions = ["2080101", "2080102", "2080104", "2080199", "2089999"];
    let mut total = rust_decimal::Decimal::ZERO;
    for f in functions {
        s.push_str(&format!("basic {f}\n"));
        for (i, e) in ["30101", "30102", "30103", "30107", "30199"].iter().enumerate() {
            s.push_str(&format!("  人员 {e} {}.{:02}\n", 100 + i, i));
            total += rust_decimal::Decimal::new((100 + i as i64) * 100 + i as i64, 2);
        }
    }
    for p in 0..projects {
        let f = functions[p % functions.len()];
        s.push_str(&format!("project P{p:08} \"项目{p}\"\n  function {f}\n  amount 1.25\n  purpose \"用途\"\n  plan 25% 50% 75% 100%\n  goal \"目标\"\n"));
        s.push_str("  indicator 产出指标 数量指标 \"人数\" \"服务人数\" ≥10人 basis \"工作经验\"\n");
        s.push_str("  indicator 产出指标 成本指标 \"经费\" \"所需经费\" ≤1.25万元 basis \"工作经验\"\n");
        s.push_str("  indicator 产出指标 时效指标 \"及时\" \"按时拨付\" 100% basis \"工作经验\"\n");
        s.push_str("  indicator 产出指标 质量指标 \"足额\" \"足额拨付\" 100% basis \"工作经验\"\n");
        s.push_str("  indicator 效益指标 社会效益指标 \"效果\" \"效果\" \"良好\" basis \"工作经验\"\n");
        s.push_str("  indicator 满意度指标 服务对象满意度指标 \"满意度\" \"满意度\" ≥90% basis \"工作经验\"\n");
        total += rust_decimal::Decimal::new(125, 2);
    }
    s.push_str(&format!("income 一般公共预算拨款 {total}\n"));
    s
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            let _ = std::hint::black_box(f());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    for projects in [100, 1_000, 10_000] {
        let text = generate(projects);
        let bytes = text.len() as u128;
        let parse = best_of(5, || budgetc::syntax::parse(0, &text, &mut Diagnostics::new()));
        let check = best_of(5, || {
            let mut d = Diagnostics::new();
            let s = budgetc::load_str("bench.budget", &text, &mut d);
            budgetc::compile(&s, &mut d)
        });
        let mut d = Diagnostics::new();
        let sources = budgetc::load_str("bench.budget", &text, &mut d);
        let budget = budgetc::compile(&sources, &mut d).expect("the generated budget is valid");
        let render = best_of(3, || budgetc::render::outputs(&budget));
        let fmt = best_of(3, || budgetc::fmt::format(&text, &mut Diagnostics::new()));
        // Bytes per microsecond are MB/s; integers, since floats are banned in this crate.
        let rate = |t: Duration| {
            let tenths = bytes * 10 / t.as_micros().max(1);
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        println!(
            "{projects:>6} projects, {:>6} KB: parse {:>8.2?} ({:>5} MB/s), parse+check {:>8.2?} ({:>5} MB/s), render {:>8.2?}, fmt {:>8.2?}",
            bytes / 1000,
            parse,
            rate(parse),
            check,
            rate(check),
            render,
            fmt
        );
    }
}
