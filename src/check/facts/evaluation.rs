//! The `evaluation` lines of a 决算's project: `evaluation 目标`, `evaluation 跟踪`,
//! `evaluation 自评 score 100.00 rating 优 problems 0`.

use rust_decimal::Decimal;

use super::{twice, Block, Facts};
use crate::check::unknown;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::performance::{EvaluationStage, Rating, SelfEvaluation};
use crate::model::Document;
use crate::msg;
use crate::syntax::ast::{Amount, Item, Token};

/// A 自评得分: at most 100 (B5008), 2 decimals, never negative.
const SCORE: crate::check::Range = crate::check::Range { what: score, digits: 15, decimals: 2 };

fn score() -> crate::diag::Message {
    msg!("facts-what-score")
}

impl Facts<'_> {
    /// One step of a project's 全过程绩效管理. Only a 决算 states them (B5009); each step
    /// once per project (B0003); the score, rating and problems belong to the 自评 alone
    /// (B0001), whose score is 0–100 (B5008) and whose rating should be the one its score
    /// gives (W5006).
    pub(super) fn evaluation(
        &mut self,
        item: &Item,
        (stage, score, rating, problems): (&Token, Option<&Amount>, Option<&Token>, Option<&Amount>),
        diags: &mut Diagnostics,
    ) {
        let Block::Project(i) = self.block else {
            return self.no_project(item, diags);
        };
        if self.header.kind != Document::Accounts {
            diags.push(
                Diagnostic::error(Code::B5009, msg!("accounts-b5009-budget"))
                    .primary(item.span, msg!("accounts-b5009-budget-label"))
                    .help(msg!("accounts-b5009-budget-help")),
            );
            self.complete = false;
            return;
        }
        let Some(step) = EvaluationStage::parse(&stage.text) else {
            unknown(stage, msg!("accounts-what-evaluation"), &EvaluationStage::accepted(), diags);
            self.complete = false;
            return;
        };
        let evaluated = if step == EvaluationStage::SelfEvaluation {
            let (Some(score), Some(rating)) = (score, rating) else {
                return self.evaluation_shape(item, stage, msg!("accounts-b0001-evaluation-help"), diags);
            };
            match self.self_evaluation(score, rating, problems, diags) {
                Some(e) => Some(e),
                None => {
                    self.complete = false;
                    return;
                }
            }
        } else {
            if score.is_some() || rating.is_some() || problems.is_some() {
                let help = msg!("accounts-b0001-evaluation-step-help", step = step.chinese());
                return self.evaluation_shape(item, stage, help, diags);
            }
            None
        };
        let Some(draft) = self.drafts.get_mut(i) else { return };
        if let Some((_, first)) = draft.evaluation_seen.iter().find(|(s, _)| *s == step) {
            let subject = msg!("facts-subject-of-project", what = step.chinese(), code = draft.code.clone());
            twice(item, *first, subject, diags);
            self.complete = false;
            return;
        }
        draft.evaluation_seen.push((step, item.span));
        match step {
            EvaluationStage::Targets => draft.evaluation.targets = true,
            EvaluationStage::Tracking => draft.evaluation.tracked = true,
            EvaluationStage::SelfEvaluation => draft.evaluation.evaluated = evaluated,
        }
    }

    /// B0001: a 自评 without its score or rating, or a clause of the 自评 on another step.
    fn evaluation_shape(&mut self, item: &Item, stage: &Token, help: crate::diag::Message, diags: &mut Diagnostics) {
        diags.push(
            Diagnostic::error(Code::B0001, msg!("accounts-b0001-evaluation", step = &stage.text))
                .primary(item.span, msg!("accounts-b0001-evaluation-label"))
                .help(help),
        );
        self.complete = false;
    }

    /// The score (0–100, 2 decimals), rating and problems (a whole number, 0 when not
    /// written) of a 自评.
    fn self_evaluation(
        &mut self,
        score: &Amount,
        rating: &Token,
        problems: Option<&Amount>,
        diags: &mut Diagnostics,
    ) -> Option<SelfEvaluation> {
        let s = score.value.and_then(|v| crate::check::number(v, &score.text, score.span, &SCORE, diags));
        let s = s.filter(|v| {
            let ok = *v <= Decimal::ONE_HUNDRED;
            if !ok {
                diags.push(
                    Diagnostic::error(Code::B5008, msg!("accounts-b5008", score = &score.text))
                        .primary(score.span, msg!("accounts-b5008-label"))
                        .help(msg!("accounts-b5008-help")),
                );
            }
            ok
        });
        let r = Rating::parse(&rating.text);
        if r.is_none() {
            unknown(rating, msg!("accounts-what-rating"), &Rating::accepted(), diags);
        }
        let p = match problems {
            Some(a) => a.value.and_then(|v| crate::check::number(v, &a.text, a.span, &crate::check::COUNT, diags)),
            None => Some(Decimal::ZERO),
        };
        let (score_value, rating_value, problems) = (s?, r?, p?);
        let banded = Rating::of_score(score_value);
        if banded != rating_value {
            diags.push(
                Diagnostic::warning(
                    Code::W5006,
                    msg!(
                        "accounts-w5006",
                        score = &score.text,
                        rating = rating_value.chinese(),
                        banded = banded.chinese()
                    ),
                )
                .primary(rating.span, msg!("accounts-w5006-label", banded = banded.chinese()))
                .secondary(score.span, msg!("accounts-w5006-score"))
                .note(msg!("accounts-w5006-note"))
                .help(msg!("accounts-w5006-help")),
            );
        }
        Some(SelfEvaluation { score: score_value, rating: rating_value, problems })
    }
}
