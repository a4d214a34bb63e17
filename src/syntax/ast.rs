//! The syntax tree of one `.budget` file: one [`Item`] per line, every node with a span.
//!
//! No semantics here: codes and names are kept as written; amounts keep their text and
//! the value read from it (None when it is not a number, already reported).

use rust_decimal::Decimal;

use crate::span::Span;

/// A parsed file.
#[derive(Clone, Debug)]
pub struct File {
    /// The statements, in source order; invalid lines included.
    pub items: Vec<Item>,
    /// The whole file.
    pub span: Span,
}

/// A word, code or quoted text as written (quotes removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The text without quotes.
    pub text: String,
    /// Where it stands (quotes included).
    pub span: Span,
}

/// An amount as written and as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amount {
    /// The text as written.
    pub text: String,
    /// The exact value, or None if the text is not a number (already reported).
    pub value: Option<Decimal>,
    /// Where it stands.
    pub span: Span,
}

/// One line.
#[derive(Clone, Debug)]
pub struct Item {
    /// What the line says.
    pub kind: ItemKind,
    /// The whole line without its comment.
    pub span: Span,
}

/// What a line says.
#[derive(Clone, Debug)]
pub enum ItemKind {
    /// `department 106 "…"`.
    Department { code: Token, name: Token },
    /// `year 2024`, or `year 2024 决算` (the kind of document).
    Year { year: Amount, kind: Option<Token> },
    /// `money 万元`.
    Money(Token),
    /// `template hebei-2024`.
    Template(Token),
    /// `tolerance 0.01`.
    Tolerance(Amount),
    /// `include "file"`.
    Include(Token),
    /// `catalog "file"`: the official code list.
    CatalogFile(Token),
    /// `unit "name" kind 行政 level "…" funding 财政拨款`.
    Unit { name: Token, attrs: Vec<(Token, Token)> },
    /// `code function 2089999 name`.
    CodeDecl { family: Token, code: Token, name: Token },
    /// `income 一般公共预算拨款 5679.70`.
    Income { fund: Token, function: Option<Token>, amount: Amount },
    /// `basic 2080101 行政运行 fund 一般公共预算 unit "…"`; no code: the economic view.
    Basic { function: Option<Token>, name: Option<Token>, fund: Option<Token>, unit: Option<Token> },
    /// `人员 30101 基本工资 286.23`; no code: the function view.
    BasicItem { staff: Token, code: Option<Token>, name: Option<Token>, amount: Amount },
    /// `project CODE "name"`.
    Project { code: Token, name: Token },
    /// `function 2120805 name`.
    Function { code: Token, name: Option<Token> },
    /// `fund 政府性基金`.
    Fund(Token),
    /// `amount 50.00 other 10.00`.
    ProjectAmount { fiscal: Amount, other: Option<Amount> },
    /// `purpose "…"`.
    Purpose(Token),
    /// `short "…"`.
    Short(Token),
    /// `sangong fund 一般公共预算`.
    Sangong { fund: Option<Token> },
    /// `assets 2023-12-31`.
    Assets { date: Token },
    /// `label amount [amount]` inside a `sangong` or `assets` block.
    Entry { label: Token, amounts: Vec<Amount> },
    /// `total key amount`.
    Total { key: Token, amount: Amount },
    /// `plan 20% 50% - 100%`: four cells, None for `-`.
    Plan(Vec<Token>),
    /// `goal "…"`.
    Goal(Token),
    /// `indicator 一级 二级 三级 描述 值 basis 依据`.
    Indicator { level1: Token, level2: Token, name: Token, description: Token, value: Value, basis: Option<Token> },
    /// `evaluation 自评 score 100.00 rating 优 problems 0`: a step of a project's 绩效管理.
    Evaluation { stage: Token, score: Option<Amount>, rating: Option<Token>, problems: Option<Amount> },
    /// `prose slot`, or `prose 表注 table`.
    Prose { slot: Token, table: Option<Token> },
    /// `> text`.
    ProseLine(Token),
    /// `prior "file"`.
    PriorFile(Token),
    /// `prior key amount`.
    PriorFigure { key: Token, amount: Amount },
    /// `reason key "text"`.
    Reason { key: Token, text: Token },
    /// `purpose 2040601 "text"`: what a function 项's money is used for.
    ItemPurpose { code: Token, text: Token },
    /// `purchase PROJECT "item" CATALOG unit quantity price`.
    Purchase { project: Token, item: Token, catalog: Token, unit: Token, quantity: Amount, price: Amount },
    /// `purchase 货物 "item" special … economic … form … amount`: the stated form.
    PurchaseStated {
        category: Token,
        item: Token,
        special: Option<Token>,
        economic: Option<Token>,
        form: Option<Token>,
        /// `reserved 中小企业|小微企业`: the purchase was reserved for such enterprises.
        reserved: Option<Token>,
        /// `awarded 中小企业|小微企业`: such an enterprise won it.
        awarded: Option<Token>,
        amount: Amount,
    },
    /// `reserve 2040599 其他法院支出 fund 一般公共预算 unit "…" 5011.40`: 单位预留机动经费.
    Reserve { function: Token, name: Option<Token>, fund: Option<Token>, unit: Option<Token>, amount: Amount },
    /// `spend 经营支出 2013950 事业运行 fund 事业单位经营收入 unit "…" 3.00`: 上缴上级支出, 经营支出
    /// or 对附属单位补助支出 of a function 项.
    Spend {
        kind: Token,
        function: Token,
        name: Option<Token>,
        fund: Option<Token>,
        unit: Option<Token>,
        amount: Amount,
    },
    /// `balance 年初结转和结余 政府性基金 2120801 3.00`: a balance item of final accounts.
    Balance { key: Token, fund: Option<Token>, function: Option<Token>, amount: Amount },
    /// `budget "2024.budget"` or `budget 全年 "…"`: the year's budget a 决算 compares with.
    BudgetFile { which: Option<Token>, path: Token },
    /// A line that is no statement (already reported), with the keyword it meant: its
    /// first word, or the keyword that word is a slip of (`yera 2024` meant `year`), if any.
    /// A line it meant is not reported missing (one cause, one error).
    Invalid(Option<&'static str>),
    /// A line that matches no statement but starts with a block keyword (`project`,
    /// `basic`, `sangong`, `assets`, `prose`): the lines of its block are not reported again.
    InvalidHeader,
}

/// An indicator value as written: measured (`≥300人次`) or qualitative (`是`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Comparator, number and unit, each as written.
    Measure { comparator: Option<Token>, number: Amount, unit: Option<Token>, span: Span },
    /// A qualitative value.
    Text(Token),
}
