//! Obligations: a promise and the later promises that restated it with new dates, as one
//! undertaking with its history (read from each finding's `restated_by`).

use super::PromiseFinding;
use crate::domain::EntryId;
use std::collections::HashMap;

/// The promises grouped into obligations: for each undertaking, the indexes into `promises` of
/// its promises in the order they were made — the first promise first, the one that carries
/// the obligation (its status, and its days late counted from the first due date) last.
/// Obligations come in the order of their first promise; a promise restated by none and
/// restating none is an obligation of its own.
pub fn obligations(promises: &[PromiseFinding]) -> Vec<Vec<usize>> {
    // The promise each restatement replaces: restated_by always names a later promise.
    let earlier_of: HashMap<&EntryId, usize> = promises
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.restated_by.as_ref().map(|by| (by, i)))
        .collect();
    let mut chains: Vec<Vec<usize>> = Vec::new();
    let mut chain_of: Vec<Option<usize>> = vec![None; promises.len()];
    for (i, promise) in promises.iter().enumerate() {
        let chain = earlier_of
            .get(&promise.promise)
            .filter(|&&earlier| earlier < i)
            .and_then(|&earlier| chain_of.get(earlier).copied().flatten());
        let index = match chain {
            Some(index) => index,
            None => {
                chains.push(Vec::new());
                chains.len() - 1
            }
        };
        if let Some(slot) = chain_of.get_mut(i) {
            *slot = Some(index);
        }
        if let Some(chain) = chains.get_mut(index) {
            chain.push(i);
        }
    }
    chains
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::*;
    use crate::analysis::view::CaseView;
    use crate::domain::PromiseKind;

    #[test]
    fn a_promise_restated_twice_is_one_obligation_and_others_stand_alone() {
        let mut case = case_fr();
        case.promises = vec![
            promise("p1", "2026-06-01", PromiseKind::Refund, Some("2026-06-15")),
            promise(
                "p2",
                "2026-06-02",
                PromiseKind::Callback,
                Some("2026-06-03"),
            ),
            promise("p3", "2026-07-01", PromiseKind::Refund, Some("2026-07-15")),
            promise("p4", "2026-08-01", PromiseKind::Refund, Some("2026-08-15")),
        ];
        let (found, _) =
            super::super::promises::promises(&CaseView::new(&case, at("2026-09-01T10:00:00Z")));
        assert_eq!(obligations(&found), vec![vec![0, 2, 3], vec![1]]);
        // Nothing restated: one obligation per promise.
        let mut alone = found.clone();
        for p in &mut alone {
            p.restated_by = None;
        }
        assert_eq!(
            obligations(&alone),
            vec![vec![0], vec![1], vec![2], vec![3]]
        );
        assert!(obligations(&[]).is_empty());
    }
}
