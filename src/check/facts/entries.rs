//! The entries of `sangong` and `assets` blocks: `公务接待费 3.00`, `车辆 1 14.58`.

use super::{duplicate, Block, Facts};
use crate::check::unknown;
use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::model::{AssetCategory, AssetRow, Count, SangongItem, SangongLine};
use crate::msg;
use crate::syntax::ast::{Amount, Item, Token};

impl Facts<'_> {
    /// An entry line, read by the block it stands in.
    pub(super) fn entry(&mut self, item: &Item, label: &Token, amounts: &[Amount], diags: &mut Diagnostics) {
        match self.block {
            Block::Sangong(f) => {
                if let Some(count) = Count::parse(&label.text) {
                    let [amount] = amounts else {
                        return self.entry_shape(item, msg!("facts-b0001-shape-sangong"), diags);
                    };
                    let Some(v) = amount.value else { return };
                    let range = &crate::check::COUNT;
                    if let Some(n) = crate::check::number(v, &amount.text, amount.span, range, diags) {
                        self.counts.push((count, n));
                        self.count_spans.push(item.span);
                    } else {
                        self.complete = false;
                    }
                    return;
                }
                let Some(kind) = SangongItem::parse(&label.text) else {
                    let accepted = format!("{}、{}", SangongItem::accepted(), crate::model::Count::accepted());
                    unknown(label, msg!("facts-what-sangong-item"), &accepted, diags);
                    self.complete = false;
                    return;
                };
                let [amount] = amounts else {
                    return self.entry_shape(item, msg!("facts-b0001-shape-sangong"), diags);
                };
                let (Some(v), Some(f)) = (self.money(amount, diags), f) else { return };
                if let Some(first) = self.sangong_seen.insert((kind, f), item.span) {
                    duplicate(
                        item.span,
                        first,
                        msg!("facts-what-sangong", item = kind.chinese(), fund = f.chinese()),
                        diags,
                    );
                    self.complete = false;
                    return;
                }
                self.sangong.push(SangongLine { item: kind, fund: f, amount: v, span: item.span });
            }
            Block::Assets => {
                let Some(category) = AssetCategory::parse(&label.text) else {
                    unknown(label, msg!("facts-what-asset-category"), &AssetCategory::accepted(), diags);
                    self.complete = false;
                    return;
                };
                // `车辆 1 14.58` (数量 and 价值), or `执法执勤用车 2` (the 数量 alone).
                let (quantity, value) = match amounts {
                    [quantity, value] => (quantity, Some(value)),
                    [quantity] => (quantity, None),
                    _ => return self.entry_shape(item, msg!("facts-b0001-shape-assets"), diags),
                };
                let q = quantity.value.and_then(|q| {
                    crate::check::number(q, &quantity.text, quantity.span, &crate::check::ASSET_QUANTITY, diags)
                });
                let v = match value {
                    Some(value) => self.money(value, diags).map(Some),
                    None => Some(None),
                };
                let (Some(q), Some(v)) = (q, v) else {
                    self.complete = false;
                    return;
                };
                if let Some((_, first)) = self.asset_rows.iter().find(|(r, _)| r.category == category) {
                    duplicate(item.span, *first, msg!("facts-what-asset", category = category.chinese()), diags);
                    self.complete = false;
                    return;
                }
                self.asset_rows.push((AssetRow { category, quantity: q, value: v, span: item.span }, item.span));
            }
            _ => {
                diags.push(
                    Diagnostic::error(Code::B0002, msg!("facts-b0002-entry", label = &label.text))
                        .primary(item.span, msg!("facts-b0002-entry-label"))
                        .help(msg!("facts-b0002-entry-help")),
                );
                self.complete = false;
            }
        }
    }

    /// W5009: 车辆保有量 (the official cars held at the year end, of the 三公 说明) above 车辆 of
    /// the assets. Official cars are among the vehicles; a warning, not an error, since the
    /// two figures come from different reports (三公 statistics, the asset report) whose
    /// scope or date (`assets` gives its own) may differ. Only where both are stated.
    pub(super) fn cars_within_vehicles(&self, diags: &mut Diagnostics) {
        let mut held = self.counts.iter().zip(&self.count_spans).filter(|((c, _), _)| *c == Count::CarsHeld);
        let Some(((_, held), held_span)) = held.next() else { return };
        let Some((vehicles, _)) = self.asset_rows.iter().find(|(r, _)| r.category == AssetCategory::Vehicles) else {
            return;
        };
        if *held <= vehicles.quantity {
            return;
        }
        let date = self.assets.as_ref().map_or("", |(d, _)| d.as_str());
        let (held, count) = (held.normalize(), vehicles.quantity.normalize());
        diags.push(
            Diagnostic::warning(Code::W5009, msg!("accounts-w5009", held = held, vehicles = count, date = date))
                .primary(*held_span, msg!("accounts-w5009-label", held = held))
                .secondary(vehicles.span, msg!("accounts-w5009-vehicles", vehicles = count))
                .note(msg!("accounts-w5009-note"))
                .help(msg!("accounts-w5009-help")),
        );
    }

    pub(super) fn entry_shape(&mut self, item: &Item, form: Message, diags: &mut Diagnostics) {
        diags.push(
            Diagnostic::error(Code::B0001, msg!("facts-b0001-shape"))
                .primary(item.span, msg!("facts-b0001-shape-label"))
                .help(form),
        );
        self.complete = false;
    }
}
