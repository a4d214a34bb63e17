//! The second pass: income, basic expenditure, projects, 三公 and assets, each line
//! checked on its own, within the block that its header opened.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::header::Header;
use super::{codes, money, performance, Flat};

mod balance;
mod checks;
mod entries;
mod evaluation;
mod jiangsu;
mod project_code;
mod spend;
use crate::catalog::{Family, Level};
use crate::diag::message::Arg;
use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::model::performance::{Indicator, Plan};
use crate::model::{
    AssetRow, Assets, BalanceKind, BalanceLine, BasicLine, Budget, ClassCode, Department, Fund, Income, MoneyUnit,
    Project, Purchase, ReserveLine, SangongItem, SangongLine, Slot, Staff,
};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{Amount, Item, ItemKind, Token};

/// A stated total: the key as written, the amount, and where.
pub(crate) struct Stated {
    pub key: Token,
    pub amount: Decimal,
    pub span: Span,
}

/// The block a line belongs to.
enum Block {
    None,
    Basic {
        function: Option<ClassCode>,
        fund: Option<Fund>,
        unit: Option<usize>,
    },
    Project(usize),
    Sangong(Option<Fund>),
    Assets,
    Prose(usize),
    /// The block of a header line that could not be read: its lines are skipped (the
    /// header has its error; one cause, one diagnostic).
    Dropped,
}

/// A project while its lines are read.
struct Draft {
    code: String,
    name: String,
    span: Span,
    function: Option<(Option<ClassCode>, Span)>,
    fund: Option<(Option<Fund>, Span)>,
    amount: Option<(Option<(Decimal, Decimal)>, Span)>,
    purpose: Option<(String, Span)>,
    short: Option<(String, Span)>,
    plan: Option<(Option<Plan>, Span)>,
    goal: Option<(String, Span)>,
    indicators: Vec<Indicator>,
    evaluation: crate::model::performance::Evaluation,
    evaluation_seen: Vec<(crate::model::performance::EvaluationStage, Span)>,
    /// The keywords of the lines of the project that could not be read (each has its
    /// B0001): such a line is not reported missing (`amout 5.00`; one cause, one error).
    unreadable: Vec<&'static str>,
}

/// A prose block while its lines are read.
pub(crate) struct ProseDraft {
    pub slot: Slot,
    /// The table of `prose 表注 "…"`, as written.
    pub table: Option<Token>,
    /// The slot's word on the first `prose` line of the slot.
    pub at: Span,
    pub lines: Vec<Token>,
}

/// A `purchase` line while projects are still being read.
struct PurchaseDraft {
    project: Token,
    item: String,
    catalog: String,
    unit: String,
    quantity: Decimal,
    price: Decimal,
}

/// A `purchase` line of the stated form while projects are still being read.
struct StatedDraft {
    category: Option<crate::model::PurchaseCategory>,
    item: String,
    special: Option<Token>,
    economic: Option<String>,
    form: Option<String>,
    reserved: Option<crate::model::Enterprise>,
    awarded: Option<crate::model::Enterprise>,
    amount: Decimal,
}

/// The facts collected by the second pass.
pub(crate) struct Facts<'h> {
    header: &'h Header,
    money: MoneyUnit,
    block: Block,
    income: Vec<Income>,
    income_seen: HashMap<(Fund, Option<String>), Span>,
    basic: Vec<BasicLine>,
    basic_seen: HashMap<(String, String, Staff, Fund, usize), Span>,
    drafts: Vec<Draft>,
    /// The span of the first project of each code.
    drafts_seen: HashMap<String, Span>,
    sangong: Vec<SangongLine>,
    counts: Vec<(crate::model::Count, Decimal)>,
    /// The line of each count, in the order of `counts`.
    count_spans: Vec<Span>,
    sangong_seen: HashMap<(SangongItem, Fund), Span>,
    assets: Option<(String, Span)>,
    asset_rows: Vec<(AssetRow, Span)>,
    totals: Vec<Stated>,
    pub(crate) prose: Vec<ProseDraft>,
    pub(crate) prior: Vec<Stated>,
    reasons: Vec<(String, String)>,
    uses: Vec<(String, String)>,
    use_spans: Vec<Span>,
    reason_keys: Vec<Token>,
    purchases: Vec<PurchaseDraft>,
    stated_purchases: Vec<StatedDraft>,
    reserve: Vec<ReserveLine>,
    reserve_seen: HashMap<(String, Fund, usize), Span>,
    spend: Vec<crate::model::SpendLine>,
    spend_seen: HashMap<(crate::model::SpendKind, String, Fund, usize), Span>,
    balances: Vec<BalanceLine>,
    balance_seen: HashMap<(BalanceKind, Fund, Option<String>), Span>,
    /// Whether the header names its template (`template hebei-2024`): its rules apply.
    templated: bool,
    /// False once a fact was dropped: sums over the facts would then mislead.
    complete: bool,
}

fn outside(item: &Item, block: &str, example: &str, diags: &mut Diagnostics) {
    diags.push(
        Diagnostic::error(Code::B0002, msg!("facts-b0002-outside", block = block))
            .primary(item.span, msg!("facts-b0002-outside-label", block = block))
            .help(msg!("facts-b0002-outside-help", example = example)),
    );
}

/// B2111: a `人员`/`公用` line without economic 款 under a `basic` header without function 项.
fn nowhere(item: &Item, diags: &mut Diagnostics) {
    diags.push(
        Diagnostic::error(Code::B2111, msg!("facts-b2111-no-code"))
            .primary(item.span, msg!("facts-b2111-no-code-label"))
            .note(msg!("facts-b2111-no-code-note"))
            .help(msg!("facts-b2111-no-code-help")),
    );
}

fn twice(item: &Item, first: Span, subject: impl Into<Arg>, diags: &mut Diagnostics) {
    super::stated_twice(item.span, Some(first), subject, diags);
}

fn duplicate(span: Span, first: Span, what: Message, diags: &mut Diagnostics) {
    diags.push(
        Diagnostic::error(Code::B1007, msg!("facts-b1007-duplicate", what = what))
            .primary(span, msg!("facts-b1007-duplicate-label"))
            .secondary(first, msg!("facts-b1007-duplicate-first"))
            .help(msg!("facts-b1007-duplicate-help")),
    );
}

fn fund(token: &Token, diags: &mut Diagnostics) -> Option<Fund> {
    let f = Fund::parse(&token.text);
    if f.is_none() {
        let d = Diagnostic::error(Code::B1006, msg!("facts-b1006-fund", fund = &token.text))
            .primary(token.span, msg!("facts-b1006-fund-label"));
        let accepted = msg!("facts-b1006-fund-help", accepted = Fund::accepted());
        diags.push(match super::suggest::closest(&token.text, Fund::ALL.iter().map(|f| f.chinese())) {
            // The closest alone: the list of all ten would hide it.
            Some(near) => d.help(msg!("facts-did-you-mean", word = near)),
            None => d.help(accepted),
        });
    }
    f
}

impl<'h> Facts<'h> {
    pub fn new(header: &'h Header) -> Facts<'h> {
        Facts {
            header,
            money: header.money,
            block: Block::None,
            income: vec![],
            income_seen: HashMap::new(),
            basic: vec![],
            basic_seen: HashMap::new(),
            drafts: vec![],
            drafts_seen: HashMap::new(),
            sangong: vec![],
            counts: vec![],
            count_spans: vec![],
            sangong_seen: HashMap::new(),
            assets: None,
            asset_rows: vec![],
            totals: vec![],
            prose: vec![],
            prior: vec![],
            reasons: vec![],
            uses: vec![],
            use_spans: vec![],
            reason_keys: vec![],
            purchases: vec![],
            stated_purchases: vec![],
            reserve: vec![],
            reserve_seen: HashMap::new(),
            spend: vec![],
            spend_seen: HashMap::new(),
            balances: vec![],
            balance_seen: HashMap::new(),
            templated: false,
            complete: true,
        }
    }

    fn money(&mut self, a: &Amount, diags: &mut Diagnostics) -> Option<Decimal> {
        let v = money(a, self.money, diags);
        self.complete &= v.is_some();
        v
    }

    fn resolve(
        &mut self,
        family: Family,
        level: Level,
        code: &Token,
        name: Option<&Token>,
        diags: &mut Diagnostics,
    ) -> Option<ClassCode> {
        let c = codes::resolve(&self.header.catalog, family, level, code, name, diags);
        self.complete &= c.is_some();
        c
    }

    /// Reads every line of the second pass.
    pub fn read(&mut self, lines: &[Flat<'_>], diags: &mut Diagnostics) {
        self.templated = lines.iter().any(|l| matches!(l, Flat::Line(i) if matches!(i.kind, ItemKind::Template(_))));
        for line in lines {
            match line {
                Flat::Boundary => self.block = Block::None,
                Flat::Line(item) => self.line(item, diags),
            }
        }
    }

    fn line(&mut self, item: &Item, diags: &mut Diagnostics) {
        let in_block = matches!(
            item.kind,
            ItemKind::BasicItem { .. }
                | ItemKind::Function { .. }
                | ItemKind::Fund(_)
                | ItemKind::ProjectAmount { .. }
                | ItemKind::Purpose(_)
                | ItemKind::Short(_)
                | ItemKind::Entry { .. }
                | ItemKind::Plan(_)
                | ItemKind::Goal(_)
                | ItemKind::Indicator { .. }
                | ItemKind::Evaluation { .. }
                | ItemKind::ProseLine(_)
        );
        if in_block && matches!(self.block, Block::Dropped) {
            return;
        }
        match &item.kind {
            ItemKind::Income { fund: f, function, amount } => {
                self.block = Block::None;
                let f = fund(f, diags);
                let function = match function {
                    Some(code) => self.resolve(Family::Function, Level::Item, code, None, diags).map(Some),
                    None => Some(None),
                };
                let v = self.money(amount, diags);
                let (Some(f), Some(function), Some(v)) = (f, function, v) else {
                    self.complete = false;
                    return;
                };
                let seen = (f, function.as_ref().map(|c: &ClassCode| c.code.clone()));
                if let Some(first) = self.income_seen.insert(seen, item.span) {
                    duplicate(item.span, first, msg!("facts-what-income", fund = f.chinese()), diags);
                    self.complete = false;
                    return;
                }
                self.income.push(Income { fund: f, function, amount: v, span: item.span });
            }
            ItemKind::Basic { function, name, fund: f, unit } => {
                // No code: the economic view, whose lines have no function 项 (an empty code).
                let function = match function {
                    Some(code) => self.resolve(Family::Function, Level::Item, code, name.as_ref(), diags),
                    None => Some(ClassCode::default()),
                };
                let f = match f {
                    Some(t) => fund(t, diags),
                    None => Some(Fund::GeneralPublic),
                };
                self.complete &= f.is_some();
                let unit = self.unit(unit.as_ref(), diags);
                self.block = Block::Basic { function, fund: f, unit };
            }
            ItemKind::BasicItem { staff, code, name, amount } => {
                let Block::Basic { function, fund: f, unit } = &self.block else {
                    outside(item, "basic", "basic 2080101 行政运行", diags);
                    self.complete = false;
                    return;
                };
                let (function, f, unit) = (function.clone(), *f, *unit);
                let staff = Staff::parse(&staff.text).unwrap_or(Staff::Personnel);
                let economic = match code {
                    Some(code) => self.resolve(Family::Economic, Level::Section, code, name.as_ref(), diags),
                    None => {
                        if function.as_ref().is_some_and(|c| c.code.is_empty()) {
                            nowhere(item, diags);
                            self.complete = false;
                            return;
                        }
                        // The function view: the 人员/公用 amount of the 项, without economic 款.
                        Some(ClassCode::default())
                    }
                };
                let v = self.money(amount, diags);
                let Some(economic) = economic else { return };
                if !economic.code.is_empty() && !staff_class_ok(staff, &economic.code) {
                    let right = if staff == Staff::Personnel { "公用" } else { "人员" };
                    diags.push(
                        Diagnostic::error(
                            Code::B2105,
                            msg!(
                                "facts-b2105-staff",
                                code = &economic.code,
                                name = &economic.name,
                                staff = staff.chinese()
                            ),
                        )
                        .primary(
                            code.as_ref().map_or(item.span, |c| c.span),
                            msg!(
                                "facts-b2105-staff-label",
                                class = economic.code.get(..3).unwrap_or(""),
                                right = right
                            ),
                        )
                        .note(msg!("facts-b2105-staff-note"))
                        .help(msg!("facts-b2105-staff-help", right = right)),
                    );
                    self.complete = false;
                    return;
                }
                let (Some(function), Some(f), Some(unit), Some(v)) = (function, f, unit, v) else { return };
                let key = (function.code.clone(), economic.code.clone(), staff, f, unit);
                if let Some(first) = self.basic_seen.insert(key, item.span) {
                    let what = if function.code.is_empty() {
                        msg!("facts-what-basic-economic", economic = &economic.code, staff = staff.chinese())
                    } else if economic.code.is_empty() {
                        msg!("facts-what-basic-function", function = &function.code, staff = staff.chinese())
                    } else {
                        msg!(
                            "facts-what-basic",
                            function = &function.code,
                            economic = &economic.code,
                            staff = staff.chinese()
                        )
                    };
                    duplicate(item.span, first, what, diags);
                    self.complete = false;
                    return;
                }
                self.basic.push(BasicLine { function, economic, staff, fund: f, unit, amount: v, span: item.span });
            }
            ItemKind::Project { code, name } => {
                if let Some(first) = self.drafts_seen.get(&code.text) {
                    duplicate(code.span, *first, msg!("facts-what-project", code = &code.text), diags);
                    self.complete = false;
                } else {
                    let _ = self.drafts_seen.insert(code.text.clone(), item.span);
                }
                self.project_code(code, diags);
                self.drafts.push(Draft {
                    code: code.text.clone(),
                    name: name.text.clone(),
                    span: item.span,
                    function: None,
                    fund: None,
                    amount: None,
                    purpose: None,
                    short: None,
                    plan: None,
                    goal: None,
                    indicators: vec![],
                    evaluation: Default::default(),
                    evaluation_seen: vec![],
                    unreadable: vec![],
                });
                self.block = Block::Project(self.drafts.len() - 1);
            }
            ItemKind::Function { code, name } => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                let c = self.resolve(Family::Function, Level::Item, code, name.as_ref(), diags);
                self.set(i, item, diags, msg!("facts-subject-function"), |d| &mut d.function, c);
            }
            ItemKind::Fund(t) => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                let f = fund(t, diags);
                self.complete &= f.is_some();
                self.set(i, item, diags, msg!("facts-subject-fund"), |d| &mut d.fund, f);
            }
            ItemKind::ProjectAmount { fiscal, other } => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                let fiscal = self.money(fiscal, diags);
                let other = match other {
                    Some(o) => self.money(o, diags),
                    None => Some(Decimal::new(0, self.money.scale())),
                };
                let v = fiscal.zip(other);
                self.set(i, item, diags, msg!("facts-subject-amount"), |d| &mut d.amount, v);
            }
            ItemKind::Purpose(t) => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                self.set(i, item, diags, msg!("facts-subject-purpose"), |d| &mut d.purpose, t.text.clone());
            }
            ItemKind::Short(t) => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                self.set(i, item, diags, msg!("facts-subject-short"), |d| &mut d.short, t.text.clone());
            }
            ItemKind::Sangong { fund: f } => {
                let f = match f {
                    Some(t) => fund(t, diags),
                    None => Some(Fund::GeneralPublic),
                };
                let f = match f {
                    Some(x) if !x.is_fiscal() => {
                        diags.push(
                            Diagnostic::error(Code::B2106, msg!("facts-b2106-nonfiscal", fund = x.chinese()))
                                .primary(item.span, msg!("facts-b2106-nonfiscal-label"))
                                .help(msg!("facts-b2106-nonfiscal-help")),
                        );
                        None
                    }
                    other => other,
                };
                self.complete &= f.is_some();
                self.block = Block::Sangong(f);
            }
            ItemKind::Assets { date } => {
                if let Some((_, first)) = &self.assets {
                    twice(item, *first, msg!("facts-subject-assets"), diags);
                }
                self.assets = Some((date.text.clone(), item.span));
                self.block = Block::Assets;
            }
            ItemKind::Entry { label, amounts } => self.entry(item, label, amounts, diags),
            ItemKind::Total { key, amount } => {
                if let Some(v) = self.money(amount, diags) {
                    self.totals.push(Stated { key: key.clone(), amount: v, span: amount.span });
                }
            }
            ItemKind::Plan(cells) => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                let plan = performance::plan(cells, item.span, diags);
                self.complete &= plan.is_some();
                self.set(i, item, diags, msg!("facts-subject-plan"), |d| &mut d.plan, plan);
            }
            ItemKind::Goal(t) => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                self.set(i, item, diags, msg!("facts-subject-goal"), |d| &mut d.goal, t.text.clone());
            }
            ItemKind::Indicator { .. } => {
                let Block::Project(i) = self.block else {
                    return self.no_project(item, diags);
                };
                let ind = performance::indicator(item, diags);
                match (ind, self.drafts.get_mut(i)) {
                    (Some(ind), Some(d)) => d.indicators.push(ind),
                    _ => self.complete = false,
                }
            }
            ItemKind::Evaluation { stage, score, rating, problems } => {
                self.evaluation(item, (stage, score.as_ref(), rating.as_ref(), problems.as_ref()), diags);
            }
            ItemKind::Prose { slot, table } => {
                let Some(s) = Slot::parse(&slot.text) else {
                    super::unknown(slot, msg!("facts-what-prose-slot"), &Slot::accepted(), diags);
                    self.block = Block::None;
                    return;
                };
                let same = |p: &ProseDraft| {
                    p.slot == s && p.table.as_ref().map(|t| &t.text) == table.as_ref().map(|t| &t.text)
                };
                let at = match self.prose.iter().position(same) {
                    Some(at) => at,
                    None => {
                        self.prose.push(ProseDraft { slot: s, table: table.clone(), at: slot.span, lines: vec![] });
                        self.prose.len() - 1
                    }
                };
                self.block = Block::Prose(at);
            }
            ItemKind::ProseLine(t) => match self.block {
                Block::Prose(i) => {
                    if let Some(p) = self.prose.get_mut(i) {
                        p.lines.push(t.clone());
                    }
                }
                _ => outside(item, "prose", "prose 部门职责", diags),
            },
            ItemKind::PriorFigure { key, amount } => {
                self.block = Block::None;
                if let Some(v) = self.money(amount, diags) {
                    self.prior.push(Stated { key: key.clone(), amount: v, span: amount.span });
                }
            }
            ItemKind::PriorFile(_) => self.block = Block::None,
            ItemKind::ItemPurpose { code, text } => {
                // Printed by `{用途}` in a list over the function 项 (7-digit codes).
                self.block = Block::None;
                self.uses.push((code.text.clone(), text.text.clone()));
                self.use_spans.push(text.span);
            }
            ItemKind::Reason { key, text } => {
                self.block = Block::None;
                self.reasons.push((key.text.clone(), text.text.clone()));
                self.reason_keys.push(key.clone());
            }
            ItemKind::Purchase { project, item: what, catalog, unit, quantity, price } => {
                self.block = Block::None;
                let q = quantity
                    .value
                    .and_then(|q| super::number(q, &quantity.text, quantity.span, &super::PURCHASE_QUANTITY, diags));
                let pr = self.money(price, diags);
                let (Some(q), Some(pr)) = (q, pr) else {
                    self.complete = false;
                    return;
                };
                // 金额 = 数量 × 单价 is printed in the unit's decimals: it must not be rounded.
                let amount = crate::model::money::mul(q, pr);
                let scale = amount.map(|a| a.normalize().scale());
                if scale.is_none_or(|s| s > self.money.scale()) {
                    let shown =
                        amount.map_or_else(|| msg!("facts-out-of-range"), |a| Message::text(a.normalize().to_string()));
                    diags.push(
                        Diagnostic::error(
                            Code::B2002,
                            msg!(
                                "facts-b2002-purchase",
                                quantity = &quantity.text,
                                price = &price.text,
                                product = shown,
                                unit = self.money.chinese()
                            ),
                        )
                        .primary(price.span, msg!("facts-b2002-purchase-price"))
                        .secondary(quantity.span, msg!("facts-b2002-purchase-quantity"))
                        .help(msg!("facts-b2002-purchase-help", allowed = self.money.scale())),
                    );
                    self.complete = false;
                    return;
                }
                self.purchases.push(PurchaseDraft {
                    project: project.clone(),
                    item: what.text.clone(),
                    catalog: catalog.text.clone(),
                    unit: unit.text.clone(),
                    quantity: q,
                    price: pr,
                });
            }
            ItemKind::Reserve { function, name, fund: f, unit, amount } => {
                self.block = Block::None;
                self.reserve(item, (function, name.as_ref()), f.as_ref(), unit.as_ref(), amount, diags);
            }
            ItemKind::Spend { kind, function, name, fund: f, unit, amount } => {
                self.block = Block::None;
                self.spend(item, kind, (function, name.as_ref()), (f.as_ref(), unit.as_ref()), amount, diags);
            }
            ItemKind::Balance { key, fund: f, function, amount } => {
                self.block = Block::None;
                self.balance(item, key, f.as_ref(), function.as_ref(), amount, diags);
            }
            ItemKind::PurchaseStated { .. } => {
                self.block = Block::None;
                self.purchase_stated(item, diags);
            }
            ItemKind::Invalid(meant) => {
                self.complete = false;
                if let (Block::Project(i), Some(k)) = (&self.block, meant) {
                    if let Some(d) = self.drafts.get_mut(*i) {
                        d.unreadable.push(k);
                    }
                }
            }
            ItemKind::InvalidHeader => {
                self.complete = false;
                self.block = Block::Dropped;
            }
            ItemKind::Department { .. }
            | ItemKind::Year { .. }
            | ItemKind::Money(_)
            | ItemKind::Template(_)
            | ItemKind::Tolerance(_)
            | ItemKind::Include(_)
            | ItemKind::CatalogFile(_)
            | ItemKind::Unit { .. }
            | ItemKind::CodeDecl { .. }
            | ItemKind::BudgetFile { .. } => self.block = Block::None,
        }
    }

    /// The unit a `unit "…"` clause names (the first unit without one); B1010 if unknown.
    fn unit(&mut self, unit: Option<&Token>, diags: &mut Diagnostics) -> Option<usize> {
        let Some(u) = unit else { return Some(0) };
        let i = self.header.unit_index.get(&u.text).copied();
        if i.is_none() {
            let known: Vec<_> = self.header.units.iter().map(|u| u.name.as_str()).collect();
            let d = Diagnostic::error(Code::B1010, msg!("facts-b1010-unit", unit = &u.text))
                .primary(u.span, msg!("facts-b1010-unit-label"));
            let listed = msg!("facts-b1010-unit-help", units = known.join("、"));
            diags.push(match super::suggest::closest(&u.text, known.iter().copied()) {
                Some(near) => d.note(listed).help(msg!("facts-did-you-mean", word = near)),
                None => d.help(listed),
            });
            self.complete = false;
        }
        i
    }

    fn no_project(&mut self, item: &Item, diags: &mut Diagnostics) {
        outside(item, "project", "project 13021124P00B44910005T \"项目名称\"", diags);
        self.complete = false;
    }

    fn set<T>(
        &mut self,
        i: usize,
        item: &Item,
        diags: &mut Diagnostics,
        what: Message,
        slot: impl Fn(&mut Draft) -> &mut Option<(T, Span)>,
        value: T,
    ) {
        let Some(draft) = self.drafts.get_mut(i) else { return };
        let code = draft.code.clone();
        let s = slot(draft);
        match s {
            Some((_, first)) => {
                let first = *first;
                twice(item, first, msg!("facts-subject-of-project", what = what, code = code), diags);
                self.complete = false;
            }
            None => *s = Some((value, item.span)),
        }
    }

    /// Finishes the projects and assembles the budget. Returns the stated totals and
    /// whether every fact was kept (identities are checked only then).
    pub fn finish(&mut self, diags: &mut Diagnostics) -> (Budget, Vec<Stated>, bool) {
        let mut projects = vec![];
        for d in std::mem::take(&mut self.drafts) {
            let mut missing = |what: &str, example: &str| {
                diags.push(
                    Diagnostic::error(Code::B0004, msg!("facts-b0004-project", code = &d.code, what = what))
                        .primary(d.span, msg!("facts-b0004-project-label", what = what))
                        .help(msg!("facts-b0004-project-help", example = example)),
                );
            };
            if d.function.is_none() && !d.unreadable.contains(&"function") {
                missing("function", "function 2080104 综合业务管理");
            }
            if d.amount.is_none() && !d.unreadable.contains(&"amount") {
                missing("amount", "amount 50.00");
            }
            let function = d.function.and_then(|(f, _)| f);
            let fund = d.fund.map_or(Some(Fund::GeneralPublic), |(f, _)| f);
            let amount = d.amount.and_then(|(a, _)| a);
            match (function, fund, amount) {
                (Some(function), Some(fund), Some((fiscal, other))) => projects.push(Project {
                    code: d.code,
                    name: d.name,
                    short: d.short.map(|(s, _)| s),
                    function,
                    fund,
                    fiscal,
                    other,
                    purpose: d.purpose.map(|(p, _)| p),
                    plan: d.plan.and_then(|(p, _)| p),
                    goal: d.goal.map(|(g, _)| g),
                    indicators: d.indicators,
                    evaluation: d.evaluation,
                    span: d.span,
                }),
                _ => self.complete = false,
            }
        }
        self.cars_within_vehicles(diags);
        let assets = self
            .assets
            .take()
            .map(|(as_of, _)| Assets { as_of, rows: self.asset_rows.iter().map(|(r, _)| r.clone()).collect() });
        self.checks(&projects, diags);
        let mut purchases = vec![];
        let by_code = first_by_code(&projects);
        for p in std::mem::take(&mut self.purchases) {
            match by_code.get(p.project.text.as_str()) {
                Some(project) => purchases.push(Purchase {
                    project: p.project.text,
                    item: p.item,
                    catalog: p.catalog,
                    unit: p.unit,
                    quantity: p.quantity,
                    price: p.price,
                    fund: project.fund,
                    category: None,
                    special: None,
                    economic: None,
                    form: None,
                    stated: None,
                    reserved: None,
                    awarded: None,
                }),
                None => {
                    let d = Diagnostic::error(Code::B1011, msg!("facts-b1011-project", code = &p.project.text))
                        .primary(p.project.span, msg!("facts-b1011-project-label"));
                    diags.push(
                        match super::suggest::closest(&p.project.text, projects.iter().map(|x| x.code.as_str())) {
                            Some(near) => d.help(msg!("facts-did-you-mean", word = near)),
                            None => d.help(msg!("facts-b1011-project-help")),
                        },
                    );
                    self.complete = false;
                }
            }
        }
        purchases.extend(self.stated_purchases(&projects));
        // Basic lines in a canonical order, so that the model (and the JSON output) does
        // not depend on the order of lines in the source.
        self.basic.sort_by(|a, b| {
            (&a.function.code, a.staff, &a.economic.code, a.fund, a.unit).cmp(&(
                &b.function.code,
                b.staff,
                &b.economic.code,
                b.fund,
                b.unit,
            ))
        });
        let budget = Budget {
            department: Department {
                code: self.header.code.clone(),
                name: self.header.name.clone(),
                year: self.header.year,
                kind: self.header.kind,
                money: self.header.money,
                tolerance: self.header.tolerance,
            },
            template: self.header.template.clone(),
            units: self.header.units.clone(),
            income: std::mem::take(&mut self.income),
            basic: std::mem::take(&mut self.basic),
            projects,
            reserve: std::mem::take(&mut self.reserve),
            spend: std::mem::take(&mut self.spend),
            balances: std::mem::take(&mut self.balances),
            sangong: std::mem::take(&mut self.sangong),
            counts: std::mem::take(&mut self.counts),
            assets,
            purchases,
            prose: vec![],
            prior: None,
            reasons: std::mem::take(&mut self.reasons),
            rounded: std::collections::BTreeMap::new(),
            plans: crate::model::Plans::default(),
            uses: std::mem::take(&mut self.uses),
        };
        let named = |c: &String| budget.function_name(c).map_or_else(|| c.clone(), |n| format!("{c} {n}"));
        let lines: Vec<_> =
            budget.uses.iter().zip(&self.use_spans).map(|((c, t), s)| (c.clone(), named(c), t.clone(), *s)).collect();
        super::claims::uses::check_lines(&lines, diags);
        let totals = self.checked_totals(&budget, diags);
        (budget, totals, self.complete)
    }
}

/// Each project code with the first project that has it.
fn first_by_code(projects: &[Project]) -> HashMap<&str, &Project> {
    let mut map = HashMap::with_capacity(projects.len());
    for p in projects {
        let _ = map.entry(p.code.as_str()).or_insert(p);
    }
    map
}

/// 人员 lines carry 301/303 款, 公用 lines 302/309/310/399 款 (C14, C15).
fn staff_class_ok(staff: Staff, economic: &str) -> bool {
    let class = economic.get(..3).unwrap_or("");
    match staff {
        Staff::Personnel => matches!(class, "301" | "303"),
        Staff::Public => matches!(class, "302" | "309" | "310" | "399"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_purchase_finds_the_first_project_of_its_code() {
        let text = "department 1 \"x\"\nyear 2024\nmoney 万元\nunit \"u\" kind 行政\nproject P1 \"first\"\n  function 2080104\n  amount 1.00\nproject P2 \"other\"\n  function 2080104\n  amount 1.00\nproject P1 \"second\"\n  function 2080104\n  amount 2.00\n";
        let mut diags = crate::diag::Diagnostics::new();
        let sources = crate::load_str("t.budget", text, &mut diags);
        let budget = crate::check::check_partial(&sources, &mut diags);
        assert_eq!(budget.projects.len(), 3);
        let map = super::first_by_code(&budget.projects);
        assert_eq!(map.len(), 2);
        assert_eq!(map.get("P1").map(|p| p.name.as_str()), Some("first"));
        assert_eq!(map.get("P2").map(|p| p.name.as_str()), Some("other"));
    }
}
