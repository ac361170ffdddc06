//! A chart's figures as a table: one row per mark, and a row for each year without data.

use dashboard_core::chart::axis::Tick;
use dashboard_core::chart::{ChartSpec, Layout, Mark};
use leptos::prelude::*;

use super::citation::SourceLink;
use crate::state::use_app;

/// The chart's figures as a table: one row per mark, and a row for each year without data.
#[component]
pub(crate) fn ChartTable(spec: Memo<ChartSpec>) -> impl IntoView {
    let lang = use_app().lang;
    enum Row<'a> {
        Mark(&'a Mark),
        Gap(&'a Tick),
    }
    move || {
        let ui = lang.get().ui();
        spec.with(|s| {
            let mut rows: Vec<(f64, Row)> = s.marks.iter().map(|m| (m.x, Row::Mark(m))).collect();
            // Periods in time order with their gaps; rows of ranked layouts stay in rank order.
            if matches!(s.layout, Layout::Bars | Layout::Line) {
                rows.extend(s.gaps.iter().map(|g| (g.at, Row::Gap(g))));
                rows.sort_by(|a, b| a.0.total_cmp(&b.0));
            }
            let first_column = match s.layout {
                Layout::RankRows => s.subtitle.clone(),
                Layout::RankedBars => ui.province.to_owned(),
                Layout::Bars | Layout::Line => ui.period.to_owned(),
            };
            let body = rows
                .into_iter()
                .map(|(_, row)| match row {
                    Row::Mark(m) => view! {
                        <tr>
                            <th scope="row">{m.name.clone()}</th>
                            <td class="num">{m.value.clone()}</td>
                            <td>{m.status.clone()}</td>
                            <td>{m.notes.join("; ")}</td>
                            <td>
                                <SourceLink title=m.source_title.clone() url=m.source_url.clone() />
                                " — "
                                {m.source.clone()}
                            </td>
                        </tr>
                    }
                    .into_any(),
                    Row::Gap(g) => view! {
                        <tr class="is-gap">
                            <th scope="row">{g.label.clone()}</th>
                            <td colspan="4">{s.no_data_label.clone()}</td>
                        </tr>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=s.title.clone()>
                    <table class="data-table">
                        <caption>{s.title.clone()} " — " {s.subtitle.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{first_column}</th>
                                <th scope="col">{ui.value}</th>
                                <th scope="col">{ui.status}</th>
                                <th scope="col">{ui.notes}</th>
                                <th scope="col">{ui.source}</th>
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
        })
    }
}
