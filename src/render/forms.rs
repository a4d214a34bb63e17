//! The disclosure's other tables: one 绩效目标表 per project, 部门机构设置情况,
//! 部门固定资产占用情况表 and 部门政府采购预算.

use rust_decimal::Decimal;

use super::table::{head, heads, Cell, Row, RowKind, Table};
use crate::model::performance::PLAN_MONTHS;
use crate::model::{AssetCategory, Budget, Fund, Project};

fn text(s: &str) -> Cell {
    Cell::text(s)
}

fn row(cells: Vec<Cell>) -> Row {
    Row { cells, kind: RowKind::Plain }
}

fn form(id: String, title: String, meta: Vec<String>, columns: usize, rows: Vec<Row>) -> Table {
    Table {
        id,
        title,
        meta,
        head: vec![],
        columns,
        column_numbers: false,
        rows,
        notes: vec![],
        numbered: false,
        format: Default::default(),
    }
}

/// The 绩效目标表 of one project (numbered `n` in section 七), laid out as the reference.
pub fn performance(budget: &Budget, n: usize, p: &Project) -> Table {
    let unit = format!("单位：{}", budget.department.money.chinese());
    let plan = p.plan.clone().unwrap_or_default();
    let pct = |v: Option<Decimal>| v.map_or(String::new(), |v| format!("{}%", v.normalize()));
    let mut rows = vec![
        row(vec![text("项目编码"), Cell::Wide(p.code.clone(), 3), text("项目名称"), Cell::Wide(p.name.clone(), 2)]),
        row(vec![
            text("预算规模及资金用途"),
            text("预算数"),
            Cell::Money(p.amount()),
            text("其中：财政资金"),
            Cell::Money(p.fiscal),
            text("其他资金"),
            Cell::Money(p.other),
        ]),
        row(vec![Cell::Blank, Cell::Wide(p.purpose.clone().unwrap_or_default(), 6)]),
        row(vec![
            text("资金支出计划（%）"),
            text(PLAN_MONTHS[0]),
            text(PLAN_MONTHS[1]),
            text(PLAN_MONTHS[2]),
            Cell::Wide(PLAN_MONTHS[3].into(), 3),
        ]),
        row(vec![
            Cell::Blank,
            Cell::text(pct(plan.0[0])),
            Cell::text(pct(plan.0[1])),
            Cell::text(pct(plan.0[2])),
            Cell::Wide(pct(plan.0[3]), 3),
        ]),
        row(vec![text("绩效目标"), Cell::Wide(p.goal.clone().unwrap_or_default(), 6)]),
        Row {
            cells: vec![
                text("一级指标"),
                text("二级指标"),
                text("三级指标"),
                text("绩效指标描述"),
                text("指标值"),
                Cell::Wide("指标值确定依据".into(), 2),
            ],
            kind: RowKind::Total,
        },
    ];
    let mut previous = None;
    for i in &p.indicators {
        let level1 = if previous == Some(i.level1) { Cell::Blank } else { text(i.level1.chinese()) };
        previous = Some(i.level1);
        rows.push(row(vec![
            level1,
            text(i.level2.chinese()),
            Cell::text(i.name.clone()),
            Cell::text(i.description.clone()),
            Cell::text(i.value.display()),
            Cell::Wide(i.basis.clone(), 2),
        ]));
    }
    form(format!("p{n}"), format!("{n}、{}绩效目标表", p.name), vec![unit], 7, rows)
}

/// 部门机构设置情况.
pub fn organisation(budget: &Budget) -> Table {
    let mut t = form("org".into(), "部门机构设置情况".into(), vec![], 4, vec![]);
    t.head = vec![heads(&["单位名称", "单位性质", "单位规格", "经费保障形式"])];
    t.rows = budget
        .units
        .iter()
        .map(|u| {
            row(vec![
                Cell::text(u.name.clone()),
                text(u.kind.chinese()),
                Cell::text(u.level.clone()),
                Cell::text(u.funding.clone()),
            ])
        })
        .collect();
    t
}

/// 部门固定资产占用情况表.
pub fn assets(budget: &Budget) -> Option<Table> {
    let a = budget.assets.as_ref()?;
    let d = &budget.department;
    let mut t = form(
        "assets".into(),
        "部门固定资产占用情况表".into(),
        vec![format!("{}{}", d.code, d.name), format!("截止时间：{}", a.as_of)],
        3,
        vec![],
    );
    t.head = vec![vec![
        head("项   目", 1, 1),
        head("数量", 1, 1),
        head(&format!("价值（金额单位：{}）", d.money.chinese()), 1, 1),
    ]];
    let line = |label: &str, c: AssetCategory| {
        let r = a.row(c);
        row(vec![
            text(label),
            Cell::Number(r.map(|r| r.quantity).unwrap_or_default()),
            Cell::Money(r.and_then(|r| r.value).unwrap_or_default()),
        ])
    };
    t.rows = vec![
        Row { cells: vec![text("资产总额"), Cell::Blank, Cell::Money(a.total())], kind: RowKind::Total },
        line("1、房屋（平方米）", AssetCategory::Buildings),
        line("其中：办公用房（平方米）", AssetCategory::Office),
        line("2、车辆（台、辆）", AssetCategory::Vehicles),
        line("3、单价在20万元以上的设备", AssetCategory::Equipment),
        line("4、其他固定资产", AssetCategory::Other),
    ];
    Some(t)
}

/// 部门政府采购预算: one row per purchase, by funding source; empty with its 注.
pub fn procurement(budget: &Budget) -> Table {
    let d = &budget.department;
    let mut t = form(
        "procurement".into(),
        "部门政府采购预算".into(),
        vec![format!("{}{}", d.code, d.name), format!("单位：{}", d.money.chinese())],
        15,
        vec![],
    );
    t.head = vec![
        vec![
            head("政府采购项目来源", 2, 1),
            head("采购物品名称", 1, 2),
            head("政府采购目录序号", 1, 2),
            head("计量单位", 1, 2),
            head("数量", 1, 2),
            head("单价", 1, 2),
            head("政府采购金额（当年部门预算安排资金）", 7, 1),
            head(&format!("{}年预留中小微企业份额", d.year), 1, 2),
        ],
        heads(&[
            "项目名称",
            "预算资金",
            "合计",
            "一般公共预算拨款",
            "基金预算拨款",
            "国有资本经营预算拨款",
            "财政专户核拨",
            "单位资金",
            "上年结转结余",
        ]),
    ];
    for p in &budget.purchases {
        let project = budget.projects.iter().find(|x| x.code == p.project);
        let amount = p.amount();
        let by = |f: fn(Fund) -> bool| if f(p.fund) { amount } else { Decimal::ZERO };
        t.rows.push(row(vec![
            Cell::text(project.map_or(p.project.clone(), |x| x.name.clone())),
            Cell::Money(project.map_or(Decimal::ZERO, |x| x.amount())),
            Cell::text(p.item.clone()),
            Cell::text(p.catalog.clone()),
            Cell::text(p.unit.clone()),
            Cell::Number(p.quantity),
            Cell::Money(p.price),
            Cell::Money(amount),
            Cell::Money(by(|f| f == Fund::GeneralPublic)),
            Cell::Money(by(|f| f == Fund::GovernmentFund)),
            Cell::Money(by(|f| f == Fund::StateCapital)),
            Cell::Money(by(|f| f == Fund::FiscalSpecial)),
            Cell::Money(by(Fund::is_unit_funds)),
            Cell::Money(by(|f| f == Fund::Carryover)),
            Cell::Blank,
        ]));
    }
    t.notes.push(
        "注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。"
            .into(),
    );
    if t.rows.is_empty() {
        t.notes.push("注：无政府采购预算，空表列示。".into());
    }
    t
}
