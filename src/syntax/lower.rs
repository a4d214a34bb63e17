//! From pest pairs to the typed syntax tree: one function per rule.
//!
//! Lexemes are validated here (an amount must be a decimal number, read exactly); invalid lines are
//! handed to [`super::errors`] for a precise message. Full-width digits and signs, Chinese
//! quotes and comparators typed by a Chinese input method are read as their ASCII or
//! official spelling ([`super::habits`]): the tree is the one of that spelling.

use super::ast::{Amount, Item, ItemKind, Token, Value};
use super::habits;
use super::parser::Rule;
use crate::diag::Diagnostics;
use crate::model::money;
use crate::span::{FileId, Span};
use pest::iterators::Pair;

/// Lowering state: the file being lowered and the sink.
pub(crate) struct Lower<'d> {
    pub file: FileId,
    pub diags: &'d mut Diagnostics,
}

impl Lower<'_> {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, s.start(), s.end())
    }

    /// A word, code or string; strings lose their quotes; codes, dates, plan cells, units
    /// and comparators are read in their ASCII or official spelling.
    fn token(&self, pair: Pair<'_, Rule>) -> Token {
        let span = self.span(&pair);
        let text = match pair.as_rule() {
            Rule::string => pair.into_inner().next().map_or(String::new(), |t| t.as_str().to_owned()),
            Rule::code | Rule::date | Rule::plan_cell | Rule::unit_text => habits::ascii(pair.as_str()).into_owned(),
            Rule::comparator => habits::comparator(pair.as_str()).to_owned(),
            _ => pair.as_str().to_owned(),
        };
        Token { text, span }
    }

    /// An amount: read exactly from its digits, or reported with the reason it cannot
    /// be (not a number B2001, too large B2004, more digits than Decimal holds B2002).
    fn amount(&mut self, pair: Pair<'_, Rule>) -> Amount {
        let span = self.span(&pair);
        let text = habits::ascii(pair.as_str()).into_owned();
        let value = match money::read(&text) {
            Ok(v) => Some(v),
            Err(e) => {
                self.diags.push(e.diagnostic(&text, span));
                None
            }
        };
        Amount { text, value, span }
    }

    /// Lowers one statement pair into an item.
    pub fn statement(&mut self, pair: Pair<'_, Rule>) -> Item {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut parts = pair.into_inner().filter(|p| !matches!(p.as_rule(), Rule::keyword | Rule::kw_fund)).peekable();
        let kind = match rule {
            Rule::department => {
                let code = self.next_token(&mut parts, "department");
                let name = self.next_token(&mut parts, "department");
                ItemKind::Department { code, name }
            }
            Rule::year => {
                let year = self.next_amount(&mut parts, "year");
                ItemKind::Year { year, kind: parts.next().map(|p| self.token(p)) }
            }
            Rule::money => ItemKind::Money(self.next_token(&mut parts, "money")),
            Rule::template => ItemKind::Template(self.next_token(&mut parts, "template")),
            Rule::tolerance => ItemKind::Tolerance(self.next_amount(&mut parts, "tolerance")),
            Rule::include => ItemKind::Include(self.next_token(&mut parts, "include")),
            Rule::catalog_file => ItemKind::CatalogFile(self.next_token(&mut parts, "catalog")),
            Rule::unit => {
                let name = self.next_token(&mut parts, "unit");
                let attrs = parts
                    .by_ref()
                    .filter(|p| p.as_rule() == Rule::attr)
                    .filter_map(|attr| {
                        let mut kv = attr.into_inner();
                        let key = kv.next()?;
                        let value = kv.next()?;
                        let key = Token { text: key.as_str().trim().to_owned(), span: self.span(&key) };
                        Some((key, self.token(value)))
                    })
                    .collect();
                ItemKind::Unit { name, attrs }
            }
            Rule::code_decl => {
                let family = self.next_token(&mut parts, "code_decl");
                let code = self.next_token(&mut parts, "code_decl");
                let name = self.next_token(&mut parts, "code_decl");
                ItemKind::CodeDecl { family, code, name }
            }
            Rule::income => {
                let fund = self.next_token(&mut parts, "income");
                let function = match parts.peek() {
                    Some(p) if p.as_rule() == Rule::balance_code => parts.next().map(|p| self.token(p)),
                    _ => None,
                };
                let amount = self.next_amount(&mut parts, "income");
                ItemKind::Income { fund, function, amount }
            }
            Rule::basic => {
                let (mut function, mut name, mut fund, mut unit) = (None, None, None, None);
                for p in parts {
                    match p.as_rule() {
                        Rule::fund_clause => fund = self.clause(p),
                        Rule::unit_clause => unit = self.clause(p),
                        Rule::code => function = Some(self.token(p)),
                        _ => name = Some(self.token(p)),
                    }
                }
                ItemKind::Basic { function, name, fund, unit }
            }
            Rule::basic_item => {
                let staff = self.next_token(&mut parts, "basic_item");
                let rest: Vec<_> = parts.collect();
                let (code, name, amount) = match rest.as_slice() {
                    [code, name, amount] => {
                        (Some(self.token(code.clone())), Some(self.token(name.clone())), self.amount(amount.clone()))
                    }
                    [code, amount] => (Some(self.token(code.clone())), None, self.amount(amount.clone())),
                    [amount] => (None, None, self.amount(amount.clone())),
                    _ => {
                        unreachable!("rule basic_item has an optional code and name and an amount, in lower::statement")
                    }
                };
                ItemKind::BasicItem { staff: trim(staff), code, name, amount }
            }
            Rule::project => {
                let code = self.next_token(&mut parts, "project");
                let name = self.next_token(&mut parts, "project");
                ItemKind::Project { code, name }
            }
            Rule::function => {
                let code = self.next_token(&mut parts, "function");
                let name = parts.next().map(|p| self.token(p));
                ItemKind::Function { code, name }
            }
            Rule::fund => ItemKind::Fund(self.next_token(&mut parts, "fund")),
            Rule::project_amount => {
                let fiscal = self.next_amount(&mut parts, "project_amount");
                let other = parts
                    .next()
                    .and_then(|c| c.into_inner().find(|p| p.as_rule() == Rule::amount))
                    .map(|a| self.amount(a));
                ItemKind::ProjectAmount { fiscal, other }
            }
            Rule::purpose => {
                let first = self.next_token(&mut parts, "purpose");
                match parts.next() {
                    Some(text) => ItemKind::ItemPurpose { code: first, text: self.token(text) },
                    None => ItemKind::Purpose(first),
                }
            }
            Rule::short => ItemKind::Short(self.next_token(&mut parts, "short")),
            Rule::sangong => ItemKind::Sangong { fund: parts.next().and_then(|c| self.clause(c)) },
            Rule::assets => ItemKind::Assets { date: self.next_token(&mut parts, "assets") },
            Rule::entry => {
                let label = self.next_token(&mut parts, "entry");
                let amounts = parts.map(|a| self.amount(a)).collect();
                ItemKind::Entry { label, amounts }
            }
            Rule::total => {
                let key = self.next_token(&mut parts, "total");
                let amount = self.next_amount(&mut parts, "total");
                ItemKind::Total { key, amount }
            }
            Rule::plan => ItemKind::Plan(parts.map(|p| self.token(p)).collect()),
            Rule::goal => ItemKind::Goal(self.next_token(&mut parts, "goal")),
            Rule::indicator => {
                let level1 = self.next_token(&mut parts, "indicator");
                let level2 = self.next_token(&mut parts, "indicator");
                let name = self.next_token(&mut parts, "indicator");
                let description = self.next_token(&mut parts, "indicator");
                let value =
                    parts.next().unwrap_or_else(|| unreachable!("grammar guarantees a value in rule indicator"));
                let value =
                    if value.as_rule() == Rule::measure { self.measure(value) } else { Value::Text(self.token(value)) };
                let basis = parts.next().and_then(|b| self.clause(b));
                ItemKind::Indicator { level1, level2, name, description, value, basis }
            }
            Rule::evaluation => {
                let stage = self.next_token(&mut parts, "evaluation");
                let (mut score, mut rating, mut problems) = (None, None, None);
                for clause in parts {
                    let rule = clause.as_rule();
                    let Some(value) = clause.into_inner().find(|p| p.as_rule() != Rule::evaluation_key) else {
                        continue;
                    };
                    match rule {
                        Rule::score_clause => score = Some(self.amount(value)),
                        Rule::rating_clause => rating = Some(self.token(value)),
                        _ => problems = Some(self.amount(value)),
                    }
                }
                ItemKind::Evaluation { stage, score, rating, problems }
            }
            Rule::prose => {
                let slot = self.next_token(&mut parts, "prose");
                ItemKind::Prose { slot, table: parts.next().map(|p| self.token(p)) }
            }
            Rule::prose_line => ItemKind::ProseLine(self.next_token(&mut parts, "prose_line")),
            Rule::prior => {
                let first = self.next_token(&mut parts, "prior");
                match parts.next() {
                    Some(a) => ItemKind::PriorFigure { key: first, amount: self.amount(a) },
                    None => ItemKind::PriorFile(first),
                }
            }
            Rule::reason => {
                let key = self.next_token(&mut parts, "reason");
                let text = self.next_token(&mut parts, "reason");
                ItemKind::Reason { key, text }
            }
            Rule::purchase if parts.peek().is_some_and(|p| p.as_rule() == Rule::purchase_stated) => {
                let stated = self.next_pair(&mut parts, "purchase");
                self.purchase_stated(stated)
            }
            Rule::reserve => {
                let function = self.next_token(&mut parts, "reserve");
                let (name, fund, unit, amount) = self.line_tail(parts, "reserve");
                ItemKind::Reserve { function, name, fund, unit, amount }
            }
            Rule::spend => {
                let kind = self.next_token(&mut parts, "spend");
                let function = self.next_token(&mut parts, "spend");
                let (name, fund, unit, amount) = self.line_tail(parts, "spend");
                ItemKind::Spend { kind, function, name, fund, unit, amount }
            }
            Rule::budget_file => {
                let first = self.next_token(&mut parts, "budget");
                match parts.next() {
                    Some(p) => ItemKind::BudgetFile { which: Some(first), path: self.token(p) },
                    None => ItemKind::BudgetFile { which: None, path: first },
                }
            }
            Rule::balance => {
                let key = self.next_token(&mut parts, "balance");
                let (mut fund, mut function, mut amount) = (None, None, None);
                for p in parts {
                    match p.as_rule() {
                        Rule::balance_code => function = Some(self.token(p)),
                        Rule::amount => amount = Some(self.amount(p)),
                        _ => fund = Some(self.token(p)),
                    }
                }
                let amount = amount.unwrap_or_else(|| unreachable!("grammar guarantees an amount in rule balance"));
                ItemKind::Balance { key, fund, function, amount }
            }
            Rule::purchase => {
                let project = self.next_token(&mut parts, "purchase");
                let item = self.next_token(&mut parts, "purchase");
                let catalog = self.next_token(&mut parts, "purchase");
                let unit = self.next_token(&mut parts, "purchase");
                let quantity = self.next_amount(&mut parts, "purchase");
                let price = self.next_amount(&mut parts, "purchase");
                ItemKind::Purchase { project, item, catalog, unit, quantity, price }
            }
            other => unreachable!("rule {other:?} is not a statement, in lower::statement"),
        };
        Item { kind, span }
    }

    /// The Jiangsu form of a purchase: 品目大类, 物品, clauses by name, 金额.
    fn purchase_stated(&mut self, pair: Pair<'_, Rule>) -> ItemKind {
        let mut parts = pair.into_inner();
        let category = self.next_token(&mut parts, "purchase_stated");
        let item = self.next_token(&mut parts, "purchase_stated");
        let (mut special, mut economic, mut form, mut amount) = (None, None, None, None);
        let (mut reserved, mut awarded) = (None, None);
        for p in parts {
            if p.as_rule() == Rule::amount {
                amount = Some(self.amount(p));
                continue;
            }
            let mut kv = p.into_inner();
            let key = kv.next().map(|k| k.as_str().trim().to_owned());
            let value = kv.next().map(|v| self.token(v));
            match key.as_deref() {
                Some("special") => special = value,
                Some("economic") => economic = value,
                Some("reserved") => reserved = value,
                Some("awarded") => awarded = value,
                _ => form = value,
            }
        }
        let amount = amount.unwrap_or_else(|| unreachable!("grammar guarantees an amount in rule purchase_stated"));
        ItemKind::PurchaseStated { category, item, special, economic, form, reserved, awarded, amount }
    }

    fn next_pair<'i>(&self, parts: &mut impl Iterator<Item = Pair<'i, Rule>>, rule: &str) -> Pair<'i, Rule> {
        parts.next().unwrap_or_else(|| unreachable!("grammar guarantees a part in rule {rule}"))
    }

    /// A measured indicator value: comparator, exact number, unit.
    fn measure(&mut self, pair: Pair<'_, Rule>) -> Value {
        let span = self.span(&pair);
        let mut comparator = None;
        let mut number = None;
        let mut unit = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::comparator => comparator = Some(self.token(p)),
                Rule::number => number = Some(self.amount(p)),
                _ => unit = Some(self.token(p)),
            }
        }
        let number = number.unwrap_or_else(|| unreachable!("grammar guarantees a number in rule measure"));
        Value::Measure { comparator, number, unit, span }
    }

    /// The rest of a `reserve` or `spend` line: `[name] [fund F] [unit U] AMOUNT`.
    fn line_tail<'i>(
        &mut self,
        parts: impl Iterator<Item = Pair<'i, Rule>>,
        rule: &str,
    ) -> (Option<Token>, Option<Token>, Option<Token>, Amount) {
        let (mut name, mut fund, mut unit, mut amount) = (None, None, None, None);
        for p in parts {
            match p.as_rule() {
                Rule::fund_clause => fund = self.clause(p),
                Rule::unit_clause => unit = self.clause(p),
                Rule::amount => amount = Some(self.amount(p)),
                _ => name = Some(self.token(p)),
            }
        }
        let amount = amount.unwrap_or_else(|| unreachable!("grammar guarantees an amount in rule {rule}"));
        (name, fund, unit, amount)
    }

    fn clause(&self, pair: Pair<'_, Rule>) -> Option<Token> {
        pair.into_inner().find(|p| !matches!(p.as_rule(), Rule::keyword | Rule::kw_fund)).map(|p| self.token(p))
    }

    fn next_token<'i>(&self, parts: &mut impl Iterator<Item = Pair<'i, Rule>>, rule: &str) -> Token {
        let pair = parts.next();
        let pair = pair.unwrap_or_else(|| unreachable!("grammar guarantees a token in rule {rule}"));
        self.token(pair)
    }

    fn next_amount<'i>(&mut self, parts: &mut impl Iterator<Item = Pair<'i, Rule>>, rule: &str) -> Amount {
        let pair = parts.next();
        let pair = pair.unwrap_or_else(|| unreachable!("grammar guarantees an amount in rule {rule}"));
        self.amount(pair)
    }
}

fn trim(mut token: Token) -> Token {
    token.text = token.text.trim().to_owned();
    token
}
