//! `openai-webhooks events`: the event types this version knows.

use clap::Args;
use openai_webhooks::UnwrapWebhookEvent;

use crate::output;

/// List the event types this version knows, one per line.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  openai-webhooks events")]
pub struct EventsCommand {}

impl EventsCommand {
    pub fn run(self) {
        for event_type in UnwrapWebhookEvent::KNOWN_EVENT_TYPES {
            output::line(event_type);
        }
    }
}
