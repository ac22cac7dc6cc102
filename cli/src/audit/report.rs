//! The report card: one line per check and a summary, or one JSON document.

use serde_json::json;

use crate::output;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Pass,
    Warn,
    Fail,
}

impl Level {
    fn word(self) -> &'static str {
        match self {
            Level::Pass => "PASS",
            Level::Warn => "WARN",
            Level::Fail => "FAIL",
        }
    }
}

/// One check's result: what was seen, and why it matters when it failed.
#[derive(Debug)]
pub struct Verdict {
    pub id: &'static str,
    pub level: Level,
    pub detail: String,
}

impl Verdict {
    /// `PASS <id>  <what was seen>`.
    pub fn line(&self) -> String {
        format!("{} {}  {}", self.level.word(), self.id, self.detail)
    }
}

/// `N passed, M failed, K warned`.
pub fn summary(verdicts: &[Verdict]) -> String {
    let [passed, failed, warned] = counts(verdicts);
    format!("{passed} passed, {failed} failed, {warned} warned")
}

fn counts(verdicts: &[Verdict]) -> [usize; 3] {
    let count = |level| verdicts.iter().filter(|v| v.level == level).count();
    [count(Level::Pass), count(Level::Fail), count(Level::Warn)]
}

/// The whole report as one JSON document, on one line.
pub fn print_json(url: &str, verdicts: &[Verdict]) {
    let [passed, failed, warned] = counts(verdicts);
    let checks: Vec<_> = verdicts
        .iter()
        .map(|v| {
            json!({
                "id": v.id,
                "verdict": v.level.word().to_ascii_lowercase(),
                "detail": v.detail,
            })
        })
        .collect();
    let document = json!({
        "url": url,
        "checks": checks,
        "passed": passed,
        "failed": failed,
        "warned": warned,
    });
    output::line(&document.to_string());
}
