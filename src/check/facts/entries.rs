//! The entries of `sangong` and `assets` blocks: `公务接待费 3.00`, `车辆 1 14.58`.

use super::{duplicate, Block, Facts};
use crate::check::unknown;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{AssetCategory, AssetRow, SangongItem, SangongLine};
use crate::syntax::ast::{Amount, Item, Token};

impl Facts<'_> {
    /// An entry line, read by the block it stands in.
    pub(super) fn entry(&mut self, item: &Item, label: &Token, amounts: &[Amount], diags: &mut Diagnostics) {
        match self.block {
            Block::Sangong(f) => {
                let Some(kind) = SangongItem::parse(&label.text) else {
                    unknown(label, "三公 item", &SangongItem::accepted(), diags);
                    self.complete = false;
                    return;
                };
                let [amount] = amounts else {
                    return self.entry_shape(item, "a 三公 line has one amount: `公务接待费 3.00`", diags);
                };
                let (Some(v), Some(f)) = (self.money(amount, diags), f) else { return };
                if let Some(first) = self.sangong_seen.insert((kind, f), item.span) {
                    duplicate(item.span, first, format!("{} ({})", kind.chinese(), f.chinese()), diags);
                    self.complete = false;
                    return;
                }
                self.sangong.push(SangongLine { item: kind, fund: f, amount: v, span: item.span });
            }
            Block::Assets => {
                let Some(category) = AssetCategory::parse(&label.text) else {
                    unknown(label, "asset category", &AssetCategory::accepted(), diags);
                    self.complete = false;
                    return;
                };
                let [quantity, value] = amounts else {
                    return self.entry_shape(item, "an asset line has a quantity and a value: `车辆 1 14.58`", diags);
                };
                let q = quantity.value.and_then(|q| {
                    crate::check::number(q, &quantity.text, quantity.span, &crate::check::ASSET_QUANTITY, diags)
                });
                let v = self.money(value, diags);
                let (Some(q), Some(v)) = (q, v) else {
                    self.complete = false;
                    return;
                };
                if let Some((_, first)) = self.asset_rows.iter().find(|(r, _)| r.category == category) {
                    duplicate(item.span, *first, format!("the asset category {}", category.chinese()), diags);
                    self.complete = false;
                    return;
                }
                self.asset_rows.push((AssetRow { category, quantity: q, value: v }, item.span));
            }
            _ => {
                diags.push(
                    Diagnostic::error(Code::B0002, format!("`{}` belongs in a `sangong` or `assets` block", label.text))
                        .primary(item.span, "no `sangong` or `assets` line above it")
                        .help("put 三公 figures under `sangong`, asset categories under `assets <date>`; other lines start with a keyword"),
                );
                self.complete = false;
            }
        }
    }

    fn entry_shape(&mut self, item: &Item, form: &str, diags: &mut Diagnostics) {
        diags.push(
            Diagnostic::error(Code::B0001, "wrong number of amounts").primary(item.span, "here").help(form.to_owned()),
        );
        self.complete = false;
    }
}
