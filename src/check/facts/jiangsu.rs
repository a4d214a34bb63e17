//! The facts the Jiangsu 公开表 add: `reserve` lines (单位预留机动经费 by function 项) and
//! `purchase` lines of the stated form (品目大类, 专项, 经济科目, 组织形式, 金额).

use super::{duplicate, Facts, StatedDraft};
use crate::catalog::{Family, Level};
use crate::check::unknown;
use crate::diag::Diagnostics;
use crate::model::{Enterprise, Fund, Project, Purchase, PurchaseCategory, PurchaseForm, ReserveLine};
use crate::msg;
use crate::syntax::ast::{Amount, Item, ItemKind, Token};

impl Facts<'_> {
    /// `reserve 2040599 其他法院支出 fund 一般公共预算 unit "…" 5011.40`.
    pub(super) fn reserve(
        &mut self,
        item: &Item,
        (code, name): (&Token, Option<&Token>),
        fund: Option<&Token>,
        unit: Option<&Token>,
        amount: &Amount,
        diags: &mut Diagnostics,
    ) {
        let function = self.resolve(Family::Function, Level::Item, code, name, diags);
        let f = match fund {
            Some(t) => super::fund(t, diags),
            None => Some(Fund::GeneralPublic),
        };
        self.complete &= f.is_some();
        let unit = self.unit(unit, diags);
        let v = self.money(amount, diags);
        let (Some(function), Some(f), Some(unit), Some(v)) = (function, f, unit, v) else {
            self.complete = false;
            return;
        };
        if let Some(first) = self.reserve_seen.insert((function.code.clone(), f, unit), item.span) {
            duplicate(
                item.span,
                first,
                msg!("facts-what-reserve", function = &function.code, fund = f.chinese()),
                diags,
            );
            self.complete = false;
            return;
        }
        self.reserve.push(ReserveLine { function, fund: f, unit, amount: v, span: item.span });
    }

    /// `purchase 货物 "PC 服务器" special … economic … form 政府集中采购 68.00`.
    pub(super) fn purchase_stated(&mut self, item: &Item, diags: &mut Diagnostics) {
        let ItemKind::PurchaseStated { category, item: what, special, economic, form, reserved, awarded, amount } =
            &item.kind
        else {
            return;
        };
        let c = PurchaseCategory::parse(&category.text);
        if c.is_none() {
            unknown(category, msg!("facts-what-purchase-category"), &PurchaseCategory::accepted(), diags);
        }
        let f = match form {
            Some(t) => {
                let f = PurchaseForm::parse(&t.text);
                if f.is_none() {
                    unknown(t, msg!("facts-what-purchase-form"), &PurchaseForm::accepted(), diags);
                }
                f.map(|f| Some(f.chinese().to_owned()))
            }
            None => Some(None),
        };
        let economic = match economic {
            Some(e) if e.text.bytes().all(|b| b.is_ascii_digit()) => {
                self.resolve(Family::Economic, Level::Section, e, None, diags).map(|c| Some(c.code))
            }
            other => Some(other.as_ref().map(|e| e.text.clone())),
        };
        let enterprise = |t: &Option<Token>, diags: &mut Diagnostics| match t {
            Some(t) => match Enterprise::parse(&t.text) {
                Some(e) => Some(Some(e)),
                None => {
                    unknown(t, msg!("facts-what-enterprise"), &Enterprise::accepted(), diags);
                    None
                }
            },
            None => Some(None),
        };
        let (reserved, awarded) = (enterprise(reserved, diags), enterprise(awarded, diags));
        let v = self.money(amount, diags);
        let (Some(category), Some(form), Some(economic), Some(reserved), Some(awarded), Some(amount)) =
            (c, f, economic, reserved, awarded, v)
        else {
            self.complete = false;
            return;
        };
        self.stated_purchases.push(StatedDraft {
            category: Some(category),
            item: what.text.clone(),
            special: special.clone(),
            economic,
            form,
            reserved,
            awarded,
            amount,
        });
    }

    /// The stated purchases, each paid by the project whose code or name its 专项名称 is
    /// (then from the project's fund), else by 一般公共预算 without a project.
    pub(super) fn stated_purchases(&mut self, projects: &[Project]) -> Vec<Purchase> {
        std::mem::take(&mut self.stated_purchases)
            .into_iter()
            .map(|p| {
                let special = p.special.map(|t| t.text);
                let project = special.as_deref().and_then(|s| {
                    projects.iter().find(|x| x.code == s).or_else(|| projects.iter().find(|x| x.name == s))
                });
                let mut zero = rust_decimal::Decimal::ZERO;
                zero.rescale(self.money.scale());
                Purchase {
                    project: project.map(|x| x.code.clone()).unwrap_or_default(),
                    item: p.item,
                    catalog: String::new(),
                    unit: String::new(),
                    quantity: zero,
                    price: zero,
                    fund: project.map_or(Fund::GeneralPublic, |x| x.fund),
                    category: p.category,
                    special,
                    economic: p.economic,
                    form: p.form,
                    stated: Some(p.amount),
                    reserved: p.reserved,
                    awarded: p.awarded,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use crate::model::PurchaseCategory;

    #[test]
    fn a_stated_purchase_keeps_its_dimensions_and_amount() {
        let text = "department 1 \"x\"\nyear 2019\nmoney 万元\nunit \"u\" kind 行政\nproject P1 \"机关后勤保障经费\"\n  function 2040503\n  fund 政府性基金\n  amount 400.00\npurchase C 其他服务 special 机关后勤保障经费 economic 劳务费 form 部门集中采购 360.00\npurchase 工程 修缮工程 special 商品和服务支出 economic 30213 form 部门集中采购 30.00\n";
        let mut diags = crate::diag::Diagnostics::new();
        let sources = crate::load_str("t.budget", text, &mut diags);
        let budget = crate::check::check_partial(&sources, &mut diags);
        let [service, works] = budget.purchases.as_slice() else { panic!("{:?}", budget.purchases) };
        assert_eq!(service.amount(), Decimal::new(36000, 2));
        assert_eq!(service.category, Some(PurchaseCategory::Services));
        assert_eq!(service.form.as_deref(), Some("部门集中采购"));
        assert_eq!(service.economic.as_deref(), Some("劳务费"));
        // The 专项 names a project: the purchase is that project's, from its fund.
        assert_eq!((service.project.as_str(), service.fund), ("P1", crate::model::Fund::GovernmentFund));
        assert_eq!(works.project, "");
        assert_eq!(works.economic.as_deref(), Some("30213"));
        assert_eq!(works.amount(), Decimal::new(3000, 2));
    }
}
