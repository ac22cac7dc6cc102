// Snapshot of what build.rs generates from spec/openapi.webhooks.json, formatted.
// Refresh with `cargo xtask snapshot` (`cargo xtask regen` does it too).

///Sent when an agent environment expires and can no longer resume from a snapshot.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentExpiredWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentEnvironmentExpiredWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.environment.expired`.
    #[serde(rename = "type")]
    pub type_: AgentEnvironmentExpiredWebhookEventType,
}
///Identifies the environment whose lifecycle changed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentExpiredWebhookEventData {
    ///The ID of the environment.
    pub id: ::std::string::String,
}
///The event type. Always `agent.environment.expired`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentEnvironmentExpiredWebhookEventType {
    AgentEnvironmentExpired,
}
///Sent when setup fails for a prewarmed OpenAI-hosted environment before it is attached to a session.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentFailedWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentEnvironmentFailedWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.environment.failed`.
    #[serde(rename = "type")]
    pub type_: AgentEnvironmentFailedWebhookEventType,
}
///Identifies the environment whose lifecycle changed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentFailedWebhookEventData {
    ///The ID of the environment.
    pub id: ::std::string::String,
}
///The event type. Always `agent.environment.failed`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentEnvironmentFailedWebhookEventType {
    AgentEnvironmentFailed,
}
///Sent when a prewarmed OpenAI-hosted environment finishes setup before being attached to a session.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentReadyWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentEnvironmentReadyWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.environment.ready`.
    #[serde(rename = "type")]
    pub type_: AgentEnvironmentReadyWebhookEventType,
}
///Identifies the environment whose lifecycle changed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentReadyWebhookEventData {
    ///The ID of the environment.
    pub id: ::std::string::String,
}
///The event type. Always `agent.environment.ready`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentEnvironmentReadyWebhookEventType {
    AgentEnvironmentReady,
}
///Sent when an agent environment is suspended and can resume from a snapshot.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentSuspendedWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentEnvironmentSuspendedWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.environment.suspended`.
    #[serde(rename = "type")]
    pub type_: AgentEnvironmentSuspendedWebhookEventType,
}
///Identifies the environment whose lifecycle changed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentEnvironmentSuspendedWebhookEventData {
    ///The ID of the environment.
    pub id: ::std::string::String,
}
///The event type. Always `agent.environment.suspended`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentEnvironmentSuspendedWebhookEventType {
    AgentEnvironmentSuspended,
}
/**Sent when an agent session requires an action.

Retrieve the session for action details.*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionActionRequiredWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentSessionActionRequiredWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.session.action_required`.
    #[serde(rename = "type")]
    pub type_: AgentSessionActionRequiredWebhookEventType,
}
///`AgentSessionActionRequiredWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionActionRequiredWebhookEventData {
    ///The ID of the session.
    pub id: ::std::string::String,
    pub required_action: AgentSessionActionRequiredWebhookEventDataRequiredAction,
}
///The action type. Retrieve the session for action details.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionActionRequiredWebhookEventDataRequiredAction {
    #[serde(rename = "type")]
    pub type_: AgentSessionActionRequiredWebhookEventDataRequiredActionType,
}
///The event type. Always `agent.session.action_required`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentSessionActionRequiredWebhookEventType {
    AgentSessionActionRequired,
}
///Sent when an agent session is created.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionCreatedWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentSessionCreatedWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.session.created`.
    #[serde(rename = "type")]
    pub type_: AgentSessionCreatedWebhookEventType,
}
///`AgentSessionCreatedWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionCreatedWebhookEventData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connect: ::std::option::Option<
        ::std::option::Option<AgentSessionCreatedWebhookEventDataConnect>,
    >,
    ///The ID of the environment, when one exists.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environment_id: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    ///The environment type: `none`, `openai_hosted`, or `self_hosted`.
    pub environment_type: ::std::string::String,
    ///The ID of the session.
    pub id: ::std::string::String,
}
///`AgentSessionCreatedWebhookEventDataConnect`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionCreatedWebhookEventDataConnect {
    ///The URL used to connect the self-hosted environment.
    pub remote_url: ::std::string::String,
}
///The event type. Always `agent.session.created`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentSessionCreatedWebhookEventType {
    AgentSessionCreated,
}
///Sent when an agent session fails.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionFailedWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentSessionFailedWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.session.failed`.
    #[serde(rename = "type")]
    pub type_: AgentSessionFailedWebhookEventType,
}
///`AgentSessionFailedWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionFailedWebhookEventData {
    ///The ID of the environment, when one exists.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environment_id: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    ///The environment type: `none`, `openai_hosted`, or `self_hosted`.
    pub environment_type: ::std::string::String,
    ///The ID of the session.
    pub id: ::std::string::String,
}
///The event type. Always `agent.session.failed`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentSessionFailedWebhookEventType {
    AgentSessionFailed,
}
///Sent when an agent session becomes idle.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionIdleWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentSessionIdleWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.session.idle`.
    #[serde(rename = "type")]
    pub type_: AgentSessionIdleWebhookEventType,
}
///`AgentSessionIdleWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionIdleWebhookEventData {
    ///The ID of the environment, when one exists.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environment_id: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    ///The environment type: `none`, `openai_hosted`, or `self_hosted`.
    pub environment_type: ::std::string::String,
    ///The ID of the session.
    pub id: ::std::string::String,
}
///The event type. Always `agent.session.idle`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentSessionIdleWebhookEventType {
    AgentSessionIdle,
}
///Sent when an agent session enters the in-progress state.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionInProgressWebhookEvent {
    ///The Unix timestamp, in seconds, when the event was created.
    pub created_at: i64,
    pub data: AgentSessionInProgressWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///The event type. Always `agent.session.in_progress`.
    #[serde(rename = "type")]
    pub type_: AgentSessionInProgressWebhookEventType,
}
///`AgentSessionInProgressWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AgentSessionInProgressWebhookEventData {
    ///The ID of the environment, when one exists.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environment_id: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    ///The environment type: `none`, `openai_hosted`, or `self_hosted`.
    pub environment_type: ::std::string::String,
    ///The ID of the session.
    pub id: ::std::string::String,
}
///The event type. Always `agent.session.in_progress`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum AgentSessionInProgressWebhookEventType {
    AgentSessionInProgress,
}
/**Sent when a batch API request has been cancelled.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchCancelledWebhookEvent {
    /**The Unix timestamp (in seconds) of when the batch API request was cancelled.
*/
    pub created_at: i64,
    pub data: BatchCancelledWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `batch.cancelled`.
*/
    #[serde(rename = "type")]
    pub type_: BatchCancelledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchCancelledWebhookEventData {
    /**The unique ID of the batch API request.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `batch.cancelled`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum BatchCancelledWebhookEventType {
    BatchCancelled,
}
/**Sent when a batch API request has been completed.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchCompletedWebhookEvent {
    /**The Unix timestamp (in seconds) of when the batch API request was completed.
*/
    pub created_at: i64,
    pub data: BatchCompletedWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `batch.completed`.
*/
    #[serde(rename = "type")]
    pub type_: BatchCompletedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchCompletedWebhookEventData {
    /**The unique ID of the batch API request.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `batch.completed`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum BatchCompletedWebhookEventType {
    BatchCompleted,
}
/**Sent when a batch API request has expired.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchExpiredWebhookEvent {
    /**The Unix timestamp (in seconds) of when the batch API request expired.
*/
    pub created_at: i64,
    pub data: BatchExpiredWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `batch.expired`.
*/
    #[serde(rename = "type")]
    pub type_: BatchExpiredWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchExpiredWebhookEventData {
    /**The unique ID of the batch API request.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `batch.expired`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum BatchExpiredWebhookEventType {
    BatchExpired,
}
/**Sent when a batch API request has failed.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchFailedWebhookEvent {
    /**The Unix timestamp (in seconds) of when the batch API request failed.
*/
    pub created_at: i64,
    pub data: BatchFailedWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `batch.failed`.
*/
    #[serde(rename = "type")]
    pub type_: BatchFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchFailedWebhookEventData {
    /**The unique ID of the batch API request.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `batch.failed`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum BatchFailedWebhookEventType {
    BatchFailed,
}
/**Sent when an eval run has been canceled.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EvalRunCanceledWebhookEvent {
    /**The Unix timestamp (in seconds) of when the eval run was canceled.
*/
    pub created_at: i64,
    pub data: EvalRunCanceledWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `eval.run.canceled`.
*/
    #[serde(rename = "type")]
    pub type_: EvalRunCanceledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EvalRunCanceledWebhookEventData {
    /**The unique ID of the eval run.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `eval.run.canceled`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum EvalRunCanceledWebhookEventType {
    EvalRunCanceled,
}
/**Sent when an eval run has failed.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EvalRunFailedWebhookEvent {
    /**The Unix timestamp (in seconds) of when the eval run failed.
*/
    pub created_at: i64,
    pub data: EvalRunFailedWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `eval.run.failed`.
*/
    #[serde(rename = "type")]
    pub type_: EvalRunFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EvalRunFailedWebhookEventData {
    /**The unique ID of the eval run.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `eval.run.failed`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum EvalRunFailedWebhookEventType {
    EvalRunFailed,
}
/**Sent when an eval run has succeeded.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EvalRunSucceededWebhookEvent {
    /**The Unix timestamp (in seconds) of when the eval run succeeded.
*/
    pub created_at: i64,
    pub data: EvalRunSucceededWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `eval.run.succeeded`.
*/
    #[serde(rename = "type")]
    pub type_: EvalRunSucceededWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EvalRunSucceededWebhookEventData {
    /**The unique ID of the eval run.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `eval.run.succeeded`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum EvalRunSucceededWebhookEventType {
    EvalRunSucceeded,
}
///The object type of every event: always `event`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum EventObject {
    #[serde(rename = "event")]
    Event,
}
impl ::std::fmt::Display for EventObject {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Event => f.write_str("event"),
        }
    }
}
impl ::std::str::FromStr for EventObject {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "event" => Ok(Self::Event),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EventObject {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EventObject {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
/**Sent when a fine-tuning job has been cancelled.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FineTuningJobCancelledWebhookEvent {
    /**The Unix timestamp (in seconds) of when the fine-tuning job was cancelled.
*/
    pub created_at: i64,
    pub data: FineTuningJobCancelledWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `fine_tuning.job.cancelled`.
*/
    #[serde(rename = "type")]
    pub type_: FineTuningJobCancelledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FineTuningJobCancelledWebhookEventData {
    /**The unique ID of the fine-tuning job.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `fine_tuning.job.cancelled`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum FineTuningJobCancelledWebhookEventType {
    FineTuningJobCancelled,
}
/**Sent when a fine-tuning job has failed.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FineTuningJobFailedWebhookEvent {
    /**The Unix timestamp (in seconds) of when the fine-tuning job failed.
*/
    pub created_at: i64,
    pub data: FineTuningJobFailedWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `fine_tuning.job.failed`.
*/
    #[serde(rename = "type")]
    pub type_: FineTuningJobFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FineTuningJobFailedWebhookEventData {
    /**The unique ID of the fine-tuning job.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `fine_tuning.job.failed`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum FineTuningJobFailedWebhookEventType {
    FineTuningJobFailed,
}
/**Sent when a fine-tuning job has succeeded.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FineTuningJobSucceededWebhookEvent {
    /**The Unix timestamp (in seconds) of when the fine-tuning job succeeded.
*/
    pub created_at: i64,
    pub data: FineTuningJobSucceededWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `fine_tuning.job.succeeded`.
*/
    #[serde(rename = "type")]
    pub type_: FineTuningJobSucceededWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FineTuningJobSucceededWebhookEventData {
    /**The unique ID of the fine-tuning job.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `fine_tuning.job.succeeded`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum FineTuningJobSucceededWebhookEventType {
    FineTuningJobSucceeded,
}
/**Sent when an incoming API SIP session is available for Live acceptance. The
same pending session can also emit `realtime.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[deprecated(note = "Deprecated: use `live.transport.incoming`.")]
pub struct LiveCallIncomingWebhookEvent {
    /**The Unix timestamp (in seconds) of when the event was created.
*/
    pub created_at: i64,
    pub data: LiveCallIncomingWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `live.call.incoming`.
*/
    #[serde(rename = "type")]
    pub type_: LiveCallIncomingWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveCallIncomingWebhookEventData {
    /**The Transceiver `rtc_...` ID of the pending SIP session. The same
value appears as `call_id` in `realtime.call.incoming`.
*/
    pub session_id: ::std::string::String,
    /**Headers from the SIP Invite.
*/
    pub sip_headers: ::std::vec::Vec<LiveCallIncomingWebhookEventDataSipHeadersItem>,
    /**Media protection selected on the SIP leg during SDP negotiation.

`srtp` indicates SRTP; `rtp` indicates unencrypted RTP. Omitted when unknown.
This does not describe SIP signaling security or confirm that media has flowed.
Clients should handle unrecognized values as unknown.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sip_media_security: ::std::option::Option<
        ::std::option::Option<LiveCallIncomingWebhookEventDataSipMediaSecurity>,
    >,
}
/**A header from the SIP Invite.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveCallIncomingWebhookEventDataSipHeadersItem {
    /**Name of the SIP Header.
*/
    pub name: ::std::string::String,
    /**Value of the SIP Header.
*/
    pub value: ::std::string::String,
}
/**The type of the event. Always `live.call.incoming`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum LiveCallIncomingWebhookEventType {
    LiveCallIncoming,
}
///Sent when a direct Live WebRTC session is created or an Instant Connect session activates. Use its session ID to attach a sideband observer.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveTransportConnectedWebhookEvent {
    ///Unix time in seconds when the event was created.
    pub created_at: i64,
    pub data: LiveTransportConnectedWebhookEventData,
    ///The webhook event ID.
    pub id: ::std::string::String,
    pub object: EventObject,
    #[serde(rename = "type")]
    pub type_: LiveTransportConnectedWebhookEventType,
}
///`LiveTransportConnectedWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveTransportConnectedWebhookEventData {
    ///The Live session ID to use with the sideband attach endpoint.
    pub session_id: ::std::string::String,
    ///The session transport.
    #[serde(rename = "type")]
    pub type_: LiveTransportConnectedWebhookEventDataType,
}
///`LiveTransportConnectedWebhookEventType`
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum LiveTransportConnectedWebhookEventType {
    LiveTransportConnected,
}
/**Sent when an incoming API SIP session is available for Live acceptance.

The
same pending session can also emit `realtime.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveTransportIncomingWebhookEvent {
    ///The Unix timestamp (in seconds) of when the event was created.
    pub created_at: i64,
    pub data: LiveTransportIncomingWebhookEventData,
    ///The unique ID of the event.
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    ///The type of the event. Always `live.transport.incoming`.
    #[serde(rename = "type")]
    pub type_: LiveTransportIncomingWebhookEventType,
}
///Event data payload.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveTransportIncomingWebhookEventData {
    /**The `live_...` ID of the pending SIP session.

Forward this value unchanged when accepting or rejecting the call through the
Live API.*/
    pub session_id: ::std::string::String,
    /**Headers from the SIP INVITE, excluding SIP authorization headers. Retained
names, values, repeated entries, and order are preserved. Treat these values as
untrusted call metadata.*/
    pub sip_headers: ::std::vec::Vec<
        LiveTransportIncomingWebhookEventDataSipHeadersItem,
    >,
    /**Media protection selected on the SIP leg during SDP negotiation.

`srtp` indicates SRTP; `rtp` indicates unencrypted RTP. Omitted when unknown.
This does not describe SIP signaling security or confirm that media has flowed.
Clients should handle unrecognized values as unknown.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sip_media_security: ::std::option::Option<
        ::std::option::Option<LiveTransportIncomingWebhookEventDataSipMediaSecurity>,
    >,
    ///The incoming transport type. Always `sip`.
    #[serde(rename = "type")]
    pub type_: LiveTransportIncomingWebhookEventDataType,
}
///A header from the SIP Invite.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveTransportIncomingWebhookEventDataSipHeadersItem {
    ///Name of the SIP Header.
    pub name: ::std::string::String,
    ///Value of the SIP Header.
    pub value: ::std::string::String,
}
///The type of the event. Always `live.transport.incoming`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum LiveTransportIncomingWebhookEventType {
    LiveTransportIncoming,
}
/**Sent when an incoming API SIP session is available for Realtime acceptance.
The same pending session can also emit `live.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RealtimeCallIncomingWebhookEvent {
    /**The Unix timestamp (in seconds) of when the model response was completed.
*/
    pub created_at: i64,
    pub data: RealtimeCallIncomingWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `realtime.call.incoming`.
*/
    #[serde(rename = "type")]
    pub type_: RealtimeCallIncomingWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RealtimeCallIncomingWebhookEventData {
    /**The Transceiver `rtc_...` ID of the pending SIP session. The same
value appears as `session_id` in `live.call.incoming`.
*/
    pub call_id: ::std::string::String,
    /**Headers from the SIP Invite.
*/
    pub sip_headers: ::std::vec::Vec<RealtimeCallIncomingWebhookEventDataSipHeadersItem>,
    /**Media protection selected on the SIP leg during SDP negotiation.

`srtp` indicates SRTP; `rtp` indicates unencrypted RTP. Omitted when unknown.
This does not describe SIP signaling security or confirm that media has flowed.
Clients should handle unrecognized values as unknown.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sip_media_security: ::std::option::Option<
        ::std::option::Option<RealtimeCallIncomingWebhookEventDataSipMediaSecurity>,
    >,
}
/**A header from the SIP Invite.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RealtimeCallIncomingWebhookEventDataSipHeadersItem {
    /**Name of the SIP Header.
*/
    pub name: ::std::string::String,
    /**Value of the SIP Header.
*/
    pub value: ::std::string::String,
}
/**The type of the event. Always `realtime.call.incoming`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum RealtimeCallIncomingWebhookEventType {
    RealtimeCallIncoming,
}
/**Sent when a background response has been cancelled.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseCancelledWebhookEvent {
    /**The Unix timestamp (in seconds) of when the model response was cancelled.
*/
    pub created_at: i64,
    pub data: ResponseCancelledWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `response.cancelled`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseCancelledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseCancelledWebhookEventData {
    /**The unique ID of the model response.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `response.cancelled`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum ResponseCancelledWebhookEventType {
    ResponseCancelled,
}
/**Sent when a background response has been completed.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseCompletedWebhookEvent {
    /**The Unix timestamp (in seconds) of when the model response was completed.
*/
    pub created_at: i64,
    pub data: ResponseCompletedWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `response.completed`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseCompletedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseCompletedWebhookEventData {
    /**The unique ID of the model response.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `response.completed`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum ResponseCompletedWebhookEventType {
    ResponseCompleted,
}
/**Sent when a background response has failed.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseFailedWebhookEvent {
    /**The Unix timestamp (in seconds) of when the model response failed.
*/
    pub created_at: i64,
    pub data: ResponseFailedWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `response.failed`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseFailedWebhookEventData {
    /**The unique ID of the model response.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `response.failed`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum ResponseFailedWebhookEventType {
    ResponseFailed,
}
/**Sent when a background response has been interrupted.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseIncompleteWebhookEvent {
    /**The Unix timestamp (in seconds) of when the model response was interrupted.
*/
    pub created_at: i64,
    pub data: ResponseIncompleteWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<::std::option::Option<EventObject>>,
    /**The type of the event. Always `response.incomplete`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResponseIncompleteWebhookEventData {
    /**The unique ID of the model response.
*/
    pub id: ::std::string::String,
}
/**The type of the event. Always `response.incomplete`.
*/
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum ResponseIncompleteWebhookEventType {
    ResponseIncomplete,
}
///Sent when an approved safety alert is available for an API project.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyAlertCreatedWebhookEvent {
    ///The Unix timestamp in seconds when the event was created.
    pub created_at: i64,
    pub data: SafetyAlertCreatedWebhookEventData,
    ///The unique ID of the webhook event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///Always `safety.alert.created`.
    #[serde(rename = "type")]
    pub type_: SafetyAlertCreatedWebhookEventType,
}
///`SafetyAlertCreatedWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyAlertCreatedWebhookEventData {
    ///The safety alert ID to pass to `GET /v1/safety/alerts/{id}`.
    pub id: ::std::string::String,
}
///Always `safety.alert.created`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum SafetyAlertCreatedWebhookEventType {
    SafetyAlertCreated,
}
///Sent when a deactivation is issued for a safety identifier in your organization.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyDeactivationIssuedWebhookEvent {
    ///The Unix timestamp in seconds when the event was created.
    pub created_at: i64,
    pub data: SafetyDeactivationIssuedWebhookEventData,
    ///The unique ID of the webhook event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///Always `safety.deactivation_issued`.
    #[serde(rename = "type")]
    pub type_: SafetyDeactivationIssuedWebhookEventType,
}
///`SafetyDeactivationIssuedWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyDeactivationIssuedWebhookEventData {
    ///The safety case ID to pass to `GET /v1/safety/cases/{id}`.
    pub id: ::std::string::String,
}
///Always `safety.deactivation_issued`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum SafetyDeactivationIssuedWebhookEventType {
    SafetyDeactivationIssued,
}
///Sent when an approved safety alert is available for an enterprise workspace.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyOrgAlertCreatedWebhookEvent {
    ///The Unix timestamp in seconds when the event was created.
    pub created_at: i64,
    pub data: SafetyOrgAlertCreatedWebhookEventData,
    ///The unique ID of the webhook event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///Always `safety.org_alert.created`.
    #[serde(rename = "type")]
    pub type_: SafetyOrgAlertCreatedWebhookEventType,
}
///`SafetyOrgAlertCreatedWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyOrgAlertCreatedWebhookEventData {
    ///The safety alert ID to pass to `GET /v1/safety/alerts/{id}`.
    pub id: ::std::string::String,
}
///Always `safety.org_alert.created`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum SafetyOrgAlertCreatedWebhookEventType {
    SafetyOrgAlertCreated,
}
///Sent when a warning is issued for a safety identifier in your organization.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyWarningIssuedWebhookEvent {
    ///The Unix timestamp in seconds when the event was created.
    pub created_at: i64,
    pub data: SafetyWarningIssuedWebhookEventData,
    ///The unique ID of the webhook event.
    pub id: ::std::string::String,
    pub object: EventObject,
    ///Always `safety.warning_issued`.
    #[serde(rename = "type")]
    pub type_: SafetyWarningIssuedWebhookEventType,
}
///`SafetyWarningIssuedWebhookEventData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SafetyWarningIssuedWebhookEventData {
    ///The safety case ID to pass to `GET /v1/safety/cases/{id}`.
    pub id: ::std::string::String,
}
///Always `safety.warning_issued`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[doc(hidden)]
pub enum SafetyWarningIssuedWebhookEventType {
    SafetyWarningIssued,
}
/// Error types.
#[doc(hidden)]
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
impl serde::Serialize for AgentEnvironmentExpiredWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentEnvironmentExpiredWebhookEventType",
                0,
                "agent.environment.expired",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentExpiredWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentEnvironmentExpiredWebhookEventType",
                &["agent.environment.expired"],
            )
            .map(|()| Self::AgentEnvironmentExpired)
    }
}
impl serde::Serialize for AgentEnvironmentFailedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentEnvironmentFailedWebhookEventType",
                0,
                "agent.environment.failed",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentFailedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentEnvironmentFailedWebhookEventType",
                &["agent.environment.failed"],
            )
            .map(|()| Self::AgentEnvironmentFailed)
    }
}
impl serde::Serialize for AgentEnvironmentReadyWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentEnvironmentReadyWebhookEventType",
                0,
                "agent.environment.ready",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentReadyWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentEnvironmentReadyWebhookEventType",
                &["agent.environment.ready"],
            )
            .map(|()| Self::AgentEnvironmentReady)
    }
}
impl serde::Serialize for AgentEnvironmentSuspendedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentEnvironmentSuspendedWebhookEventType",
                0,
                "agent.environment.suspended",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentSuspendedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentEnvironmentSuspendedWebhookEventType",
                &["agent.environment.suspended"],
            )
            .map(|()| Self::AgentEnvironmentSuspended)
    }
}
impl serde::Serialize for AgentSessionActionRequiredWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentSessionActionRequiredWebhookEventType",
                0,
                "agent.session.action_required",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionActionRequiredWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentSessionActionRequiredWebhookEventType",
                &["agent.session.action_required"],
            )
            .map(|()| Self::AgentSessionActionRequired)
    }
}
impl serde::Serialize for AgentSessionCreatedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentSessionCreatedWebhookEventType",
                0,
                "agent.session.created",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionCreatedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentSessionCreatedWebhookEventType",
                &["agent.session.created"],
            )
            .map(|()| Self::AgentSessionCreated)
    }
}
impl serde::Serialize for AgentSessionFailedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentSessionFailedWebhookEventType",
                0,
                "agent.session.failed",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionFailedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentSessionFailedWebhookEventType",
                &["agent.session.failed"],
            )
            .map(|()| Self::AgentSessionFailed)
    }
}
impl serde::Serialize for AgentSessionIdleWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentSessionIdleWebhookEventType",
                0,
                "agent.session.idle",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionIdleWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentSessionIdleWebhookEventType",
                &["agent.session.idle"],
            )
            .map(|()| Self::AgentSessionIdle)
    }
}
impl serde::Serialize for AgentSessionInProgressWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "AgentSessionInProgressWebhookEventType",
                0,
                "agent.session.in_progress",
            )
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionInProgressWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "AgentSessionInProgressWebhookEventType",
                &["agent.session.in_progress"],
            )
            .map(|()| Self::AgentSessionInProgress)
    }
}
impl serde::Serialize for BatchCancelledWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "BatchCancelledWebhookEventType",
                0,
                "batch.cancelled",
            )
    }
}
impl<'de> serde::Deserialize<'de> for BatchCancelledWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "BatchCancelledWebhookEventType",
                &["batch.cancelled"],
            )
            .map(|()| Self::BatchCancelled)
    }
}
impl serde::Serialize for BatchCompletedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "BatchCompletedWebhookEventType",
                0,
                "batch.completed",
            )
    }
}
impl<'de> serde::Deserialize<'de> for BatchCompletedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "BatchCompletedWebhookEventType",
                &["batch.completed"],
            )
            .map(|()| Self::BatchCompleted)
    }
}
impl serde::Serialize for BatchExpiredWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant("BatchExpiredWebhookEventType", 0, "batch.expired")
    }
}
impl<'de> serde::Deserialize<'de> for BatchExpiredWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "BatchExpiredWebhookEventType",
                &["batch.expired"],
            )
            .map(|()| Self::BatchExpired)
    }
}
impl serde::Serialize for BatchFailedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant("BatchFailedWebhookEventType", 0, "batch.failed")
    }
}
impl<'de> serde::Deserialize<'de> for BatchFailedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "BatchFailedWebhookEventType",
                &["batch.failed"],
            )
            .map(|()| Self::BatchFailed)
    }
}
impl serde::Serialize for EvalRunCanceledWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "EvalRunCanceledWebhookEventType",
                0,
                "eval.run.canceled",
            )
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunCanceledWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "EvalRunCanceledWebhookEventType",
                &["eval.run.canceled"],
            )
            .map(|()| Self::EvalRunCanceled)
    }
}
impl serde::Serialize for EvalRunFailedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "EvalRunFailedWebhookEventType",
                0,
                "eval.run.failed",
            )
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunFailedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "EvalRunFailedWebhookEventType",
                &["eval.run.failed"],
            )
            .map(|()| Self::EvalRunFailed)
    }
}
impl serde::Serialize for EvalRunSucceededWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "EvalRunSucceededWebhookEventType",
                0,
                "eval.run.succeeded",
            )
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunSucceededWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "EvalRunSucceededWebhookEventType",
                &["eval.run.succeeded"],
            )
            .map(|()| Self::EvalRunSucceeded)
    }
}
impl serde::Serialize for FineTuningJobCancelledWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "FineTuningJobCancelledWebhookEventType",
                0,
                "fine_tuning.job.cancelled",
            )
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobCancelledWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "FineTuningJobCancelledWebhookEventType",
                &["fine_tuning.job.cancelled"],
            )
            .map(|()| Self::FineTuningJobCancelled)
    }
}
impl serde::Serialize for FineTuningJobFailedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "FineTuningJobFailedWebhookEventType",
                0,
                "fine_tuning.job.failed",
            )
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobFailedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "FineTuningJobFailedWebhookEventType",
                &["fine_tuning.job.failed"],
            )
            .map(|()| Self::FineTuningJobFailed)
    }
}
impl serde::Serialize for FineTuningJobSucceededWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "FineTuningJobSucceededWebhookEventType",
                0,
                "fine_tuning.job.succeeded",
            )
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobSucceededWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "FineTuningJobSucceededWebhookEventType",
                &["fine_tuning.job.succeeded"],
            )
            .map(|()| Self::FineTuningJobSucceeded)
    }
}
impl serde::Serialize for LiveCallIncomingWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "LiveCallIncomingWebhookEventType",
                0,
                "live.call.incoming",
            )
    }
}
impl<'de> serde::Deserialize<'de> for LiveCallIncomingWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "LiveCallIncomingWebhookEventType",
                &["live.call.incoming"],
            )
            .map(|()| Self::LiveCallIncoming)
    }
}
impl serde::Serialize for LiveTransportConnectedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "LiveTransportConnectedWebhookEventType",
                0,
                "live.transport.connected",
            )
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportConnectedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "LiveTransportConnectedWebhookEventType",
                &["live.transport.connected"],
            )
            .map(|()| Self::LiveTransportConnected)
    }
}
impl serde::Serialize for LiveTransportIncomingWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "LiveTransportIncomingWebhookEventType",
                0,
                "live.transport.incoming",
            )
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportIncomingWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "LiveTransportIncomingWebhookEventType",
                &["live.transport.incoming"],
            )
            .map(|()| Self::LiveTransportIncoming)
    }
}
impl serde::Serialize for RealtimeCallIncomingWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "RealtimeCallIncomingWebhookEventType",
                0,
                "realtime.call.incoming",
            )
    }
}
impl<'de> serde::Deserialize<'de> for RealtimeCallIncomingWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "RealtimeCallIncomingWebhookEventType",
                &["realtime.call.incoming"],
            )
            .map(|()| Self::RealtimeCallIncoming)
    }
}
impl serde::Serialize for ResponseCancelledWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "ResponseCancelledWebhookEventType",
                0,
                "response.cancelled",
            )
    }
}
impl<'de> serde::Deserialize<'de> for ResponseCancelledWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "ResponseCancelledWebhookEventType",
                &["response.cancelled"],
            )
            .map(|()| Self::ResponseCancelled)
    }
}
impl serde::Serialize for ResponseCompletedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "ResponseCompletedWebhookEventType",
                0,
                "response.completed",
            )
    }
}
impl<'de> serde::Deserialize<'de> for ResponseCompletedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "ResponseCompletedWebhookEventType",
                &["response.completed"],
            )
            .map(|()| Self::ResponseCompleted)
    }
}
impl serde::Serialize for ResponseFailedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "ResponseFailedWebhookEventType",
                0,
                "response.failed",
            )
    }
}
impl<'de> serde::Deserialize<'de> for ResponseFailedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "ResponseFailedWebhookEventType",
                &["response.failed"],
            )
            .map(|()| Self::ResponseFailed)
    }
}
impl serde::Serialize for ResponseIncompleteWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "ResponseIncompleteWebhookEventType",
                0,
                "response.incomplete",
            )
    }
}
impl<'de> serde::Deserialize<'de> for ResponseIncompleteWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "ResponseIncompleteWebhookEventType",
                &["response.incomplete"],
            )
            .map(|()| Self::ResponseIncomplete)
    }
}
impl serde::Serialize for SafetyAlertCreatedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "SafetyAlertCreatedWebhookEventType",
                0,
                "safety.alert.created",
            )
    }
}
impl<'de> serde::Deserialize<'de> for SafetyAlertCreatedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "SafetyAlertCreatedWebhookEventType",
                &["safety.alert.created"],
            )
            .map(|()| Self::SafetyAlertCreated)
    }
}
impl serde::Serialize for SafetyDeactivationIssuedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "SafetyDeactivationIssuedWebhookEventType",
                0,
                "safety.deactivation_issued",
            )
    }
}
impl<'de> serde::Deserialize<'de> for SafetyDeactivationIssuedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "SafetyDeactivationIssuedWebhookEventType",
                &["safety.deactivation_issued"],
            )
            .map(|()| Self::SafetyDeactivationIssued)
    }
}
impl serde::Serialize for SafetyOrgAlertCreatedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "SafetyOrgAlertCreatedWebhookEventType",
                0,
                "safety.org_alert.created",
            )
    }
}
impl<'de> serde::Deserialize<'de> for SafetyOrgAlertCreatedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "SafetyOrgAlertCreatedWebhookEventType",
                &["safety.org_alert.created"],
            )
            .map(|()| Self::SafetyOrgAlertCreated)
    }
}
impl serde::Serialize for SafetyWarningIssuedWebhookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_unit_variant(
                "SafetyWarningIssuedWebhookEventType",
                0,
                "safety.warning_issued",
            )
    }
}
impl<'de> serde::Deserialize<'de> for SafetyWarningIssuedWebhookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::event_type::deserialize(
                deserializer,
                "SafetyWarningIssuedWebhookEventType",
                &["safety.warning_issued"],
            )
            .map(|()| Self::SafetyWarningIssued)
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentExpiredWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentExpiredWebhookEvent",
        )
    }
}
impl crate::events::FromObject for AgentEnvironmentExpiredWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentEnvironmentExpiredWebhookEventType",
                            &["agent.environment.expired"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentEnvironmentExpiredWebhookEventType::AgentEnvironmentExpired;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentExpiredWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentExpiredWebhookEventData",
        )
    }
}
impl crate::events::FromObject for AgentEnvironmentExpiredWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<::std::string::String> = None;
        let __fields = crate::events::FieldKey(
            &["id"],
            |key| match key {
                "id" => Some(0),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => crate::events::read_field(&mut __map, &mut id, "id")?,
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentFailedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentFailedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for AgentEnvironmentFailedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("AgentEnvironmentFailedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentEnvironmentFailedWebhookEventType",
                            &["agent.environment.failed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            AgentEnvironmentFailedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentEnvironmentFailedWebhookEventType::AgentEnvironmentFailed;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentFailedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentFailedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentReadyWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentReadyWebhookEvent",
        )
    }
}
impl crate::events::FromObject for AgentEnvironmentReadyWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("AgentEnvironmentReadyWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentEnvironmentReadyWebhookEventType",
                            &["agent.environment.ready"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            AgentEnvironmentReadyWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentEnvironmentReadyWebhookEventType::AgentEnvironmentReady;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentReadyWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentReadyWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentSuspendedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentSuspendedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for AgentEnvironmentSuspendedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("AgentEnvironmentSuspendedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentEnvironmentSuspendedWebhookEventType",
                            &["agent.environment.suspended"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            AgentEnvironmentSuspendedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentEnvironmentSuspendedWebhookEventType::AgentEnvironmentSuspended;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentEnvironmentSuspendedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "AgentEnvironmentSuspendedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionActionRequiredWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionActionRequiredWebhookEvent",
        )
    }
}
impl crate::events::FromObject for AgentSessionActionRequiredWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentSessionActionRequiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentSessionActionRequiredWebhookEventType",
                            &["agent.session.action_required"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentSessionActionRequiredWebhookEventType::AgentSessionActionRequired;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionActionRequiredWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionActionRequiredWebhookEventData",
        )
    }
}
impl crate::events::FromObject for AgentSessionActionRequiredWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<::std::string::String> = None;
        let mut required_action: Option<
            AgentSessionActionRequiredWebhookEventDataRequiredAction,
        > = None;
        let __fields = crate::events::FieldKey(
            &["id", "required_action"],
            |key| match key {
                "id" => Some(0),
                "required_action" => Some(1),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(1) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut required_action,
                        "required_action",
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(required_action) = required_action else {
            return Err(serde::de::Error::missing_field("required_action"));
        };
        Ok(Self { id, required_action })
    }
}
impl<'de> serde::Deserialize<'de>
for AgentSessionActionRequiredWebhookEventDataRequiredAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionActionRequiredWebhookEventDataRequiredAction",
        )
    }
}
impl crate::events::FromObject
for AgentSessionActionRequiredWebhookEventDataRequiredAction {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<
            AgentSessionActionRequiredWebhookEventDataRequiredActionType,
        > = None;
        let __fields = crate::events::FieldKey(
            &["type"],
            |key| match key {
                "type" => Some(0),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => crate::events::read_field(&mut __map, &mut type_, "type")?,
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(type_) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        Ok(Self { type_ })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionCreatedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionCreatedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for AgentSessionCreatedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentSessionCreatedWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentSessionCreatedWebhookEventType",
                            &["agent.session.created"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentSessionCreatedWebhookEventType::AgentSessionCreated;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionCreatedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionCreatedWebhookEventData",
        )
    }
}
impl crate::events::FromObject for AgentSessionCreatedWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut connect: ::std::option::Option<
            ::std::option::Option<AgentSessionCreatedWebhookEventDataConnect>,
        > = None;
        let mut environment_id: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        > = None;
        let mut environment_type: Option<::std::string::String> = None;
        let mut id: Option<::std::string::String> = None;
        let __fields = crate::events::FieldKey(
            &["connect", "environment_id", "environment_type", "id"],
            |key| match key {
                "connect" => Some(0),
                "environment_id" => Some(1),
                "environment_type" => Some(2),
                "id" => Some(3),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut connect, "connect")?
                }
                Some(1) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut environment_id,
                        "environment_id",
                    )?
                }
                Some(2) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut environment_type,
                        "environment_type",
                    )?
                }
                Some(3) => crate::events::read_field(&mut __map, &mut id, "id")?,
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(environment_type) = environment_type else {
            return Err(serde::de::Error::missing_field("environment_type"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        Ok(Self {
            connect,
            environment_id,
            environment_type,
            id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionCreatedWebhookEventDataConnect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionCreatedWebhookEventDataConnect",
        )
    }
}
impl crate::events::FromObject for AgentSessionCreatedWebhookEventDataConnect {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut remote_url: Option<::std::string::String> = None;
        let __fields = crate::events::FieldKey(
            &["remote_url"],
            |key| match key {
                "remote_url" => Some(0),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut remote_url, "remote_url")?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(remote_url) = remote_url else {
            return Err(serde::de::Error::missing_field("remote_url"));
        };
        Ok(Self { remote_url })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionFailedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "AgentSessionFailedWebhookEvent")
    }
}
impl crate::events::FromObject for AgentSessionFailedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentSessionFailedWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentSessionFailedWebhookEventType",
                            &["agent.session.failed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentSessionFailedWebhookEventType::AgentSessionFailed;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionFailedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionFailedWebhookEventData",
        )
    }
}
impl crate::events::FromObject for AgentSessionFailedWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut environment_id: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        > = None;
        let mut environment_type: Option<::std::string::String> = None;
        let mut id: Option<::std::string::String> = None;
        let __fields = crate::events::FieldKey(
            &["environment_id", "environment_type", "id"],
            |key| match key {
                "environment_id" => Some(0),
                "environment_type" => Some(1),
                "id" => Some(2),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut environment_id,
                        "environment_id",
                    )?
                }
                Some(1) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut environment_type,
                        "environment_type",
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(environment_type) = environment_type else {
            return Err(serde::de::Error::missing_field("environment_type"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        Ok(Self {
            environment_id,
            environment_type,
            id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionIdleWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "AgentSessionIdleWebhookEvent")
    }
}
impl crate::events::FromObject for AgentSessionIdleWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentSessionFailedWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentSessionFailedWebhookEventData,
                        >::new("AgentSessionIdleWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentSessionIdleWebhookEventType",
                            &["agent.session.idle"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentSessionFailedWebhookEventData {
                environment_id,
                environment_type,
                id,
            } = data;
            AgentSessionIdleWebhookEventData {
                environment_id,
                environment_type,
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentSessionIdleWebhookEventType::AgentSessionIdle;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionIdleWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentSessionFailedWebhookEventData {
            environment_id,
            environment_type,
            id,
        } = crate::events::deserialize_object(
            deserializer,
            "AgentSessionIdleWebhookEventData",
        )?;
        Ok(Self {
            environment_id,
            environment_type,
            id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionInProgressWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "AgentSessionInProgressWebhookEvent",
        )
    }
}
impl crate::events::FromObject for AgentSessionInProgressWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentSessionFailedWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentSessionFailedWebhookEventData,
                        >::new("AgentSessionInProgressWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "AgentSessionInProgressWebhookEventType",
                            &["agent.session.in_progress"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentSessionFailedWebhookEventData {
                environment_id,
                environment_type,
                id,
            } = data;
            AgentSessionInProgressWebhookEventData {
                environment_id,
                environment_type,
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = AgentSessionInProgressWebhookEventType::AgentSessionInProgress;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AgentSessionInProgressWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentSessionFailedWebhookEventData {
            environment_id,
            environment_type,
            id,
        } = crate::events::deserialize_object(
            deserializer,
            "AgentSessionInProgressWebhookEventData",
        )?;
        Ok(Self {
            environment_id,
            environment_type,
            id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for BatchCancelledWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "BatchCancelledWebhookEvent")
    }
}
impl crate::events::FromObject for BatchCancelledWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("BatchCancelledWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "BatchCancelledWebhookEventType",
                            &["batch.cancelled"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            BatchCancelledWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = BatchCancelledWebhookEventType::BatchCancelled;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for BatchCancelledWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "BatchCancelledWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for BatchCompletedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "BatchCompletedWebhookEvent")
    }
}
impl crate::events::FromObject for BatchCompletedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("BatchCompletedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "BatchCompletedWebhookEventType",
                            &["batch.completed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            BatchCompletedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = BatchCompletedWebhookEventType::BatchCompleted;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for BatchCompletedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "BatchCompletedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for BatchExpiredWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "BatchExpiredWebhookEvent")
    }
}
impl crate::events::FromObject for BatchExpiredWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("BatchExpiredWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "BatchExpiredWebhookEventType",
                            &["batch.expired"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            BatchExpiredWebhookEventData { id }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = BatchExpiredWebhookEventType::BatchExpired;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for BatchExpiredWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "BatchExpiredWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for BatchFailedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "BatchFailedWebhookEvent")
    }
}
impl crate::events::FromObject for BatchFailedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("BatchFailedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "BatchFailedWebhookEventType",
                            &["batch.failed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            BatchFailedWebhookEventData { id }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = BatchFailedWebhookEventType::BatchFailed;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for BatchFailedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "BatchFailedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunCanceledWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "EvalRunCanceledWebhookEvent")
    }
}
impl crate::events::FromObject for EvalRunCanceledWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("EvalRunCanceledWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "EvalRunCanceledWebhookEventType",
                            &["eval.run.canceled"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            EvalRunCanceledWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = EvalRunCanceledWebhookEventType::EvalRunCanceled;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunCanceledWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "EvalRunCanceledWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunFailedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "EvalRunFailedWebhookEvent")
    }
}
impl crate::events::FromObject for EvalRunFailedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("EvalRunFailedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "EvalRunFailedWebhookEventType",
                            &["eval.run.failed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            EvalRunFailedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = EvalRunFailedWebhookEventType::EvalRunFailed;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunFailedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "EvalRunFailedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunSucceededWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "EvalRunSucceededWebhookEvent")
    }
}
impl crate::events::FromObject for EvalRunSucceededWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("EvalRunSucceededWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "EvalRunSucceededWebhookEventType",
                            &["eval.run.succeeded"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            EvalRunSucceededWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = EvalRunSucceededWebhookEventType::EvalRunSucceeded;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EvalRunSucceededWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "EvalRunSucceededWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobCancelledWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "FineTuningJobCancelledWebhookEvent",
        )
    }
}
impl crate::events::FromObject for FineTuningJobCancelledWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("FineTuningJobCancelledWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "FineTuningJobCancelledWebhookEventType",
                            &["fine_tuning.job.cancelled"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            FineTuningJobCancelledWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = FineTuningJobCancelledWebhookEventType::FineTuningJobCancelled;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobCancelledWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "FineTuningJobCancelledWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobFailedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "FineTuningJobFailedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for FineTuningJobFailedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("FineTuningJobFailedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "FineTuningJobFailedWebhookEventType",
                            &["fine_tuning.job.failed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            FineTuningJobFailedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = FineTuningJobFailedWebhookEventType::FineTuningJobFailed;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobFailedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "FineTuningJobFailedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobSucceededWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "FineTuningJobSucceededWebhookEvent",
        )
    }
}
impl crate::events::FromObject for FineTuningJobSucceededWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("FineTuningJobSucceededWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "FineTuningJobSucceededWebhookEventType",
                            &["fine_tuning.job.succeeded"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            FineTuningJobSucceededWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = FineTuningJobSucceededWebhookEventType::FineTuningJobSucceeded;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for FineTuningJobSucceededWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "FineTuningJobSucceededWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for LiveCallIncomingWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "LiveCallIncomingWebhookEvent")
    }
}
impl crate::events::FromObject for LiveCallIncomingWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<LiveCallIncomingWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "LiveCallIncomingWebhookEventType",
                            &["live.call.incoming"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = LiveCallIncomingWebhookEventType::LiveCallIncoming;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LiveCallIncomingWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "LiveCallIncomingWebhookEventData",
        )
    }
}
impl crate::events::FromObject for LiveCallIncomingWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut session_id: Option<::std::string::String> = None;
        let mut sip_headers: Option<
            ::std::vec::Vec<LiveCallIncomingWebhookEventDataSipHeadersItem>,
        > = None;
        let mut sip_media_security: ::std::option::Option<
            ::std::option::Option<LiveCallIncomingWebhookEventDataSipMediaSecurity>,
        > = None;
        let __fields = crate::events::FieldKey(
            &["session_id", "sip_headers", "sip_media_security"],
            |key| match key {
                "session_id" => Some(0),
                "sip_headers" => Some(1),
                "sip_media_security" => Some(2),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut session_id, "session_id")?
                }
                Some(1) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut sip_headers,
                        "sip_headers",
                    )?
                }
                Some(2) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut sip_media_security,
                        "sip_media_security",
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(session_id) = session_id else {
            return Err(serde::de::Error::missing_field("session_id"));
        };
        let Some(sip_headers) = sip_headers else {
            return Err(serde::de::Error::missing_field("sip_headers"));
        };
        Ok(Self {
            session_id,
            sip_headers,
            sip_media_security,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LiveCallIncomingWebhookEventDataSipHeadersItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "LiveCallIncomingWebhookEventDataSipHeadersItem",
        )
    }
}
impl crate::events::FromObject for LiveCallIncomingWebhookEventDataSipHeadersItem {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<::std::string::String> = None;
        let mut value: Option<::std::string::String> = None;
        let __fields = crate::events::FieldKey(
            &["name", "value"],
            |key| match key {
                "name" => Some(0),
                "value" => Some(1),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => crate::events::read_field(&mut __map, &mut name, "name")?,
                Some(1) => crate::events::read_field(&mut __map, &mut value, "value")?,
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(name) = name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        let Some(value) = value else {
            return Err(serde::de::Error::missing_field("value"));
        };
        Ok(Self { name, value })
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportConnectedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "LiveTransportConnectedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for LiveTransportConnectedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<LiveTransportConnectedWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "LiveTransportConnectedWebhookEventType",
                            &["live.transport.connected"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = LiveTransportConnectedWebhookEventType::LiveTransportConnected;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportConnectedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "LiveTransportConnectedWebhookEventData",
        )
    }
}
impl crate::events::FromObject for LiveTransportConnectedWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut session_id: Option<::std::string::String> = None;
        let mut type_: Option<LiveTransportConnectedWebhookEventDataType> = None;
        let __fields = crate::events::FieldKey(
            &["session_id", "type"],
            |key| match key {
                "session_id" => Some(0),
                "type" => Some(1),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut session_id, "session_id")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut type_, "type")?,
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(session_id) = session_id else {
            return Err(serde::de::Error::missing_field("session_id"));
        };
        let Some(type_) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        Ok(Self { session_id, type_ })
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportIncomingWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "LiveTransportIncomingWebhookEvent",
        )
    }
}
impl crate::events::FromObject for LiveTransportIncomingWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<LiveTransportIncomingWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "LiveTransportIncomingWebhookEventType",
                            &["live.transport.incoming"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = LiveTransportIncomingWebhookEventType::LiveTransportIncoming;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportIncomingWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "LiveTransportIncomingWebhookEventData",
        )
    }
}
impl crate::events::FromObject for LiveTransportIncomingWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut session_id: Option<::std::string::String> = None;
        let mut sip_headers: Option<
            ::std::vec::Vec<LiveTransportIncomingWebhookEventDataSipHeadersItem>,
        > = None;
        let mut sip_media_security: ::std::option::Option<
            ::std::option::Option<LiveTransportIncomingWebhookEventDataSipMediaSecurity>,
        > = None;
        let mut type_: Option<LiveTransportIncomingWebhookEventDataType> = None;
        let __fields = crate::events::FieldKey(
            &["session_id", "sip_headers", "sip_media_security", "type"],
            |key| match key {
                "session_id" => Some(0),
                "sip_headers" => Some(1),
                "sip_media_security" => Some(2),
                "type" => Some(3),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut session_id, "session_id")?
                }
                Some(1) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut sip_headers,
                        "sip_headers",
                    )?
                }
                Some(2) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut sip_media_security,
                        "sip_media_security",
                    )?
                }
                Some(3) => crate::events::read_field(&mut __map, &mut type_, "type")?,
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(session_id) = session_id else {
            return Err(serde::de::Error::missing_field("session_id"));
        };
        let Some(sip_headers) = sip_headers else {
            return Err(serde::de::Error::missing_field("sip_headers"));
        };
        let Some(type_) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        Ok(Self {
            session_id,
            sip_headers,
            sip_media_security,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de>
for LiveTransportIncomingWebhookEventDataSipHeadersItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let LiveCallIncomingWebhookEventDataSipHeadersItem { name, value } = crate::events::deserialize_object(
            deserializer,
            "LiveTransportIncomingWebhookEventDataSipHeadersItem",
        )?;
        Ok(Self { name, value })
    }
}
impl<'de> serde::Deserialize<'de> for RealtimeCallIncomingWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "RealtimeCallIncomingWebhookEvent",
        )
    }
}
impl crate::events::FromObject for RealtimeCallIncomingWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<RealtimeCallIncomingWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => crate::events::read_field(&mut __map, &mut data, "data")?,
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "RealtimeCallIncomingWebhookEventType",
                            &["realtime.call.incoming"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = RealtimeCallIncomingWebhookEventType::RealtimeCallIncoming;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for RealtimeCallIncomingWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "RealtimeCallIncomingWebhookEventData",
        )
    }
}
impl crate::events::FromObject for RealtimeCallIncomingWebhookEventData {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut call_id: Option<::std::string::String> = None;
        let mut sip_headers: Option<
            ::std::vec::Vec<RealtimeCallIncomingWebhookEventDataSipHeadersItem>,
        > = None;
        let mut sip_media_security: ::std::option::Option<
            ::std::option::Option<RealtimeCallIncomingWebhookEventDataSipMediaSecurity>,
        > = None;
        let __fields = crate::events::FieldKey(
            &["call_id", "sip_headers", "sip_media_security"],
            |key| match key {
                "call_id" => Some(0),
                "sip_headers" => Some(1),
                "sip_media_security" => Some(2),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut call_id, "call_id")?
                }
                Some(1) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut sip_headers,
                        "sip_headers",
                    )?
                }
                Some(2) => {
                    crate::events::read_field(
                        &mut __map,
                        &mut sip_media_security,
                        "sip_media_security",
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(call_id) = call_id else {
            return Err(serde::de::Error::missing_field("call_id"));
        };
        let Some(sip_headers) = sip_headers else {
            return Err(serde::de::Error::missing_field("sip_headers"));
        };
        Ok(Self {
            call_id,
            sip_headers,
            sip_media_security,
        })
    }
}
impl<'de> serde::Deserialize<'de>
for RealtimeCallIncomingWebhookEventDataSipHeadersItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let LiveCallIncomingWebhookEventDataSipHeadersItem { name, value } = crate::events::deserialize_object(
            deserializer,
            "RealtimeCallIncomingWebhookEventDataSipHeadersItem",
        )?;
        Ok(Self { name, value })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseCancelledWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "ResponseCancelledWebhookEvent")
    }
}
impl crate::events::FromObject for ResponseCancelledWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("ResponseCancelledWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "ResponseCancelledWebhookEventType",
                            &["response.cancelled"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            ResponseCancelledWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = ResponseCancelledWebhookEventType::ResponseCancelled;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseCancelledWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "ResponseCancelledWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseCompletedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "ResponseCompletedWebhookEvent")
    }
}
impl crate::events::FromObject for ResponseCompletedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("ResponseCompletedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "ResponseCompletedWebhookEventType",
                            &["response.completed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            ResponseCompletedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = ResponseCompletedWebhookEventType::ResponseCompleted;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseCompletedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "ResponseCompletedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseFailedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "ResponseFailedWebhookEvent")
    }
}
impl crate::events::FromObject for ResponseFailedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("ResponseFailedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "ResponseFailedWebhookEventType",
                            &["response.failed"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            ResponseFailedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = ResponseFailedWebhookEventType::ResponseFailed;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseFailedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "ResponseFailedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseIncompleteWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "ResponseIncompleteWebhookEvent")
    }
}
impl crate::events::FromObject for ResponseIncompleteWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: ::std::option::Option<::std::option::Option<EventObject>> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("ResponseIncompleteWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "ResponseIncompleteWebhookEventType",
                            &["response.incomplete"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            ResponseIncompleteWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = ResponseIncompleteWebhookEventType::ResponseIncomplete;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResponseIncompleteWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "ResponseIncompleteWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyAlertCreatedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(deserializer, "SafetyAlertCreatedWebhookEvent")
    }
}
impl crate::events::FromObject for SafetyAlertCreatedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("SafetyAlertCreatedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "SafetyAlertCreatedWebhookEventType",
                            &["safety.alert.created"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            SafetyAlertCreatedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = SafetyAlertCreatedWebhookEventType::SafetyAlertCreated;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyAlertCreatedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "SafetyAlertCreatedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyDeactivationIssuedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "SafetyDeactivationIssuedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for SafetyDeactivationIssuedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("SafetyDeactivationIssuedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "SafetyDeactivationIssuedWebhookEventType",
                            &["safety.deactivation_issued"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            SafetyDeactivationIssuedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = SafetyDeactivationIssuedWebhookEventType::SafetyDeactivationIssued;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyDeactivationIssuedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "SafetyDeactivationIssuedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyOrgAlertCreatedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "SafetyOrgAlertCreatedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for SafetyOrgAlertCreatedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("SafetyOrgAlertCreatedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "SafetyOrgAlertCreatedWebhookEventType",
                            &["safety.org_alert.created"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            SafetyOrgAlertCreatedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = SafetyOrgAlertCreatedWebhookEventType::SafetyOrgAlertCreated;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyOrgAlertCreatedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "SafetyOrgAlertCreatedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyWarningIssuedWebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::events::deserialize_object(
            deserializer,
            "SafetyWarningIssuedWebhookEvent",
        )
    }
}
impl crate::events::FromObject for SafetyWarningIssuedWebhookEvent {
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut data: Option<AgentEnvironmentExpiredWebhookEventData> = None;
        let mut id: Option<::std::string::String> = None;
        let mut object: Option<EventObject> = None;
        let mut type_: Option<()> = None;
        let __fields = crate::events::FieldKey(
            &["created_at", "data", "id", "object", "type"],
            |key| match key {
                "created_at" => Some(0),
                "data" => Some(1),
                "id" => Some(2),
                "object" => Some(3),
                "type" => Some(4),
                _ => None,
            },
        );
        while let Some(__key) = __map.next_key_seed(__fields)? {
            match __key {
                Some(0) => {
                    crate::events::read_field(&mut __map, &mut created_at, "created_at")?
                }
                Some(1) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut data,
                        "data",
                        crate::events::ObjectSeed::<
                            AgentEnvironmentExpiredWebhookEventData,
                        >::new("SafetyWarningIssuedWebhookEventData"),
                    )?
                }
                Some(2) => crate::events::read_field(&mut __map, &mut id, "id")?,
                Some(3) => crate::events::read_field(&mut __map, &mut object, "object")?,
                Some(4) => {
                    crate::events::read_field_seed(
                        &mut __map,
                        &mut type_,
                        "type",
                        crate::events::OneValue(
                            "SafetyWarningIssuedWebhookEventType",
                            &["safety.warning_issued"],
                        ),
                    )?
                }
                _ => crate::events::skip_value(&mut __map)?,
            }
        }
        let Some(created_at) = created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(data) = data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let data = {
            let AgentEnvironmentExpiredWebhookEventData { id } = data;
            SafetyWarningIssuedWebhookEventData {
                id,
            }
        };
        let Some(id) = id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(()) = type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        let type_ = SafetyWarningIssuedWebhookEventType::SafetyWarningIssued;
        Ok(Self {
            created_at,
            data,
            id,
            object,
            type_,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SafetyWarningIssuedWebhookEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let AgentEnvironmentExpiredWebhookEventData { id } = crate::events::deserialize_object(
            deserializer,
            "SafetyWarningIssuedWebhookEventData",
        )?;
        Ok(Self { id })
    }
}
/**A string value of the spec.

An open enum: a value the spec does not list arrives as [`Unknown`](Self::Unknown), kept exactly as received, and serializes back the same. Build values with `From<&str>`, which picks the named variant for a listed value.*/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentSessionActionRequiredWebhookEventDataRequiredActionType {
    /// `computer_use_approval_request`
    ComputerUseApprovalRequest,
    /// `mcp_approval_request`
    McpApprovalRequest,
    /// `function_call`
    FunctionCall,
    /// `environment_connection`
    EnvironmentConnection,
    /// A value the spec does not list, exactly as received.
    Unknown(String),
}
impl AgentSessionActionRequiredWebhookEventDataRequiredActionType {
    /// The value as it appears in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ComputerUseApprovalRequest => "computer_use_approval_request",
            Self::McpApprovalRequest => "mcp_approval_request",
            Self::FunctionCall => "function_call",
            Self::EnvironmentConnection => "environment_connection",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AgentSessionActionRequiredWebhookEventDataRequiredActionType {
    fn from(value: &str) -> Self {
        match value {
            "computer_use_approval_request" => Self::ComputerUseApprovalRequest,
            "mcp_approval_request" => Self::McpApprovalRequest,
            "function_call" => Self::FunctionCall,
            "environment_connection" => Self::EnvironmentConnection,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AgentSessionActionRequiredWebhookEventDataRequiredActionType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            listed => listed,
        }
    }
}
impl std::fmt::Display for AgentSessionActionRequiredWebhookEventDataRequiredActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AgentSessionActionRequiredWebhookEventDataRequiredActionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for AgentSessionActionRequiredWebhookEventDataRequiredActionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_open_enum(deserializer)
    }
}
/**Media protection selected on the SIP leg during SDP negotiation.

`srtp` indicates SRTP; `rtp` indicates unencrypted RTP. Omitted when unknown.
This does not describe SIP signaling security or confirm that media has flowed.
Clients should handle unrecognized values as unknown.

An open enum: a value the spec does not list arrives as [`Unknown`](Self::Unknown), kept exactly as received, and serializes back the same. Build values with `From<&str>`, which picks the named variant for a listed value.*/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LiveCallIncomingWebhookEventDataSipMediaSecurity {
    /// `rtp`
    Rtp,
    /// `srtp`
    Srtp,
    /// A value the spec does not list, exactly as received.
    Unknown(String),
}
impl LiveCallIncomingWebhookEventDataSipMediaSecurity {
    /// The value as it appears in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rtp => "rtp",
            Self::Srtp => "srtp",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LiveCallIncomingWebhookEventDataSipMediaSecurity {
    fn from(value: &str) -> Self {
        match value {
            "rtp" => Self::Rtp,
            "srtp" => Self::Srtp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for LiveCallIncomingWebhookEventDataSipMediaSecurity {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            listed => listed,
        }
    }
}
impl std::fmt::Display for LiveCallIncomingWebhookEventDataSipMediaSecurity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LiveCallIncomingWebhookEventDataSipMediaSecurity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LiveCallIncomingWebhookEventDataSipMediaSecurity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_open_enum(deserializer)
    }
}
/**The session transport.

An open enum: a value the spec does not list arrives as [`Unknown`](Self::Unknown), kept exactly as received, and serializes back the same. Build values with `From<&str>`, which picks the named variant for a listed value.*/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LiveTransportConnectedWebhookEventDataType {
    /// `webrtc`
    Webrtc,
    /// A value the spec does not list, exactly as received.
    Unknown(String),
}
impl LiveTransportConnectedWebhookEventDataType {
    /// The value as it appears in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Webrtc => "webrtc",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LiveTransportConnectedWebhookEventDataType {
    fn from(value: &str) -> Self {
        match value {
            "webrtc" => Self::Webrtc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for LiveTransportConnectedWebhookEventDataType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            listed => listed,
        }
    }
}
impl std::fmt::Display for LiveTransportConnectedWebhookEventDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LiveTransportConnectedWebhookEventDataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportConnectedWebhookEventDataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_open_enum(deserializer)
    }
}
/**Media protection selected on the SIP leg during SDP negotiation.

`srtp` indicates SRTP; `rtp` indicates unencrypted RTP. Omitted when unknown.
This does not describe SIP signaling security or confirm that media has flowed.
Clients should handle unrecognized values as unknown.

An open enum: a value the spec does not list arrives as [`Unknown`](Self::Unknown), kept exactly as received, and serializes back the same. Build values with `From<&str>`, which picks the named variant for a listed value.*/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LiveTransportIncomingWebhookEventDataSipMediaSecurity {
    /// `rtp`
    Rtp,
    /// `srtp`
    Srtp,
    /// A value the spec does not list, exactly as received.
    Unknown(String),
}
impl LiveTransportIncomingWebhookEventDataSipMediaSecurity {
    /// The value as it appears in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rtp => "rtp",
            Self::Srtp => "srtp",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LiveTransportIncomingWebhookEventDataSipMediaSecurity {
    fn from(value: &str) -> Self {
        match value {
            "rtp" => Self::Rtp,
            "srtp" => Self::Srtp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for LiveTransportIncomingWebhookEventDataSipMediaSecurity {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            listed => listed,
        }
    }
}
impl std::fmt::Display for LiveTransportIncomingWebhookEventDataSipMediaSecurity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LiveTransportIncomingWebhookEventDataSipMediaSecurity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for LiveTransportIncomingWebhookEventDataSipMediaSecurity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_open_enum(deserializer)
    }
}
/**The incoming transport type. Always `sip`.

An open enum: a value the spec does not list arrives as [`Unknown`](Self::Unknown), kept exactly as received, and serializes back the same. Build values with `From<&str>`, which picks the named variant for a listed value.*/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LiveTransportIncomingWebhookEventDataType {
    /// `sip`
    Sip,
    /// A value the spec does not list, exactly as received.
    Unknown(String),
}
impl LiveTransportIncomingWebhookEventDataType {
    /// The value as it appears in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sip => "sip",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LiveTransportIncomingWebhookEventDataType {
    fn from(value: &str) -> Self {
        match value {
            "sip" => Self::Sip,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for LiveTransportIncomingWebhookEventDataType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            listed => listed,
        }
    }
}
impl std::fmt::Display for LiveTransportIncomingWebhookEventDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LiveTransportIncomingWebhookEventDataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LiveTransportIncomingWebhookEventDataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_open_enum(deserializer)
    }
}
/**Media protection selected on the SIP leg during SDP negotiation.

`srtp` indicates SRTP; `rtp` indicates unencrypted RTP. Omitted when unknown.
This does not describe SIP signaling security or confirm that media has flowed.
Clients should handle unrecognized values as unknown.

An open enum: a value the spec does not list arrives as [`Unknown`](Self::Unknown), kept exactly as received, and serializes back the same. Build values with `From<&str>`, which picks the named variant for a listed value.*/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RealtimeCallIncomingWebhookEventDataSipMediaSecurity {
    /// `rtp`
    Rtp,
    /// `srtp`
    Srtp,
    /// A value the spec does not list, exactly as received.
    Unknown(String),
}
impl RealtimeCallIncomingWebhookEventDataSipMediaSecurity {
    /// The value as it appears in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rtp => "rtp",
            Self::Srtp => "srtp",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RealtimeCallIncomingWebhookEventDataSipMediaSecurity {
    fn from(value: &str) -> Self {
        match value {
            "rtp" => Self::Rtp,
            "srtp" => Self::Srtp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RealtimeCallIncomingWebhookEventDataSipMediaSecurity {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            listed => listed,
        }
    }
}
impl std::fmt::Display for RealtimeCallIncomingWebhookEventDataSipMediaSecurity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for RealtimeCallIncomingWebhookEventDataSipMediaSecurity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for RealtimeCallIncomingWebhookEventDataSipMediaSecurity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_open_enum(deserializer)
    }
}
/// A verified webhook event: one variant per event type in OpenAI's webhook spec,
/// plus [`Unknown`](Self::Unknown) for types this version of the crate does not know
/// and [`Unparsed`](Self::Unparsed) for listed types whose JSON does not fit.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnwrapWebhookEvent {
    /// `agent.environment.expired`: Sent when an agent environment expires and can no longer resume from a snapshot.
    AgentEnvironmentExpired(AgentEnvironmentExpiredWebhookEvent),
    /// `agent.environment.failed`: Sent when setup fails for a prewarmed OpenAI-hosted environment before it is attached to a session.
    AgentEnvironmentFailed(AgentEnvironmentFailedWebhookEvent),
    /// `agent.environment.ready`: Sent when a prewarmed OpenAI-hosted environment finishes setup before being attached to a session.
    AgentEnvironmentReady(AgentEnvironmentReadyWebhookEvent),
    /// `agent.environment.suspended`: Sent when an agent environment is suspended and can resume from a snapshot.
    AgentEnvironmentSuspended(AgentEnvironmentSuspendedWebhookEvent),
    /** `agent.session.action_required`: Sent when an agent session requires an action.

Retrieve the session for action details.*/
    AgentSessionActionRequired(AgentSessionActionRequiredWebhookEvent),
    /// `agent.session.created`: Sent when an agent session is created.
    AgentSessionCreated(AgentSessionCreatedWebhookEvent),
    /// `agent.session.failed`: Sent when an agent session fails.
    AgentSessionFailed(AgentSessionFailedWebhookEvent),
    /// `agent.session.idle`: Sent when an agent session becomes idle.
    AgentSessionIdle(AgentSessionIdleWebhookEvent),
    /// `agent.session.in_progress`: Sent when an agent session enters the in-progress state.
    AgentSessionInProgress(AgentSessionInProgressWebhookEvent),
    /// `batch.cancelled`: Sent when a batch API request has been cancelled.
    BatchCancelled(BatchCancelledWebhookEvent),
    /// `batch.completed`: Sent when a batch API request has been completed.
    BatchCompleted(BatchCompletedWebhookEvent),
    /// `batch.expired`: Sent when a batch API request has expired.
    BatchExpired(BatchExpiredWebhookEvent),
    /// `batch.failed`: Sent when a batch API request has failed.
    BatchFailed(BatchFailedWebhookEvent),
    /// `eval.run.canceled`: Sent when an eval run has been canceled.
    EvalRunCanceled(EvalRunCanceledWebhookEvent),
    /// `eval.run.failed`: Sent when an eval run has failed.
    EvalRunFailed(EvalRunFailedWebhookEvent),
    /// `eval.run.succeeded`: Sent when an eval run has succeeded.
    EvalRunSucceeded(EvalRunSucceededWebhookEvent),
    /// `fine_tuning.job.cancelled`: Sent when a fine-tuning job has been cancelled.
    FineTuningJobCancelled(FineTuningJobCancelledWebhookEvent),
    /// `fine_tuning.job.failed`: Sent when a fine-tuning job has failed.
    FineTuningJobFailed(FineTuningJobFailedWebhookEvent),
    /// `fine_tuning.job.succeeded`: Sent when a fine-tuning job has succeeded.
    FineTuningJobSucceeded(FineTuningJobSucceededWebhookEvent),
    /** `live.call.incoming`: Sent when an incoming API SIP session is available for Live acceptance. The
same pending session can also emit `realtime.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.*/
    #[deprecated(note = "Deprecated: use `live.transport.incoming`.")]
    LiveCallIncoming(LiveCallIncomingWebhookEvent),
    /// `live.transport.connected`: Sent when a direct Live WebRTC session is created or an Instant Connect session activates. Use its session ID to attach a sideband observer.
    LiveTransportConnected(LiveTransportConnectedWebhookEvent),
    /** `live.transport.incoming`: Sent when an incoming API SIP session is available for Live acceptance.

The
same pending session can also emit `realtime.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.*/
    LiveTransportIncoming(LiveTransportIncomingWebhookEvent),
    /** `realtime.call.incoming`: Sent when an incoming API SIP session is available for Realtime acceptance.
The same pending session can also emit `live.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.*/
    RealtimeCallIncoming(RealtimeCallIncomingWebhookEvent),
    /// `response.cancelled`: Sent when a background response has been cancelled.
    ResponseCancelled(ResponseCancelledWebhookEvent),
    /// `response.completed`: Sent when a background response has been completed.
    ResponseCompleted(ResponseCompletedWebhookEvent),
    /// `response.failed`: Sent when a background response has failed.
    ResponseFailed(ResponseFailedWebhookEvent),
    /// `response.incomplete`: Sent when a background response has been interrupted.
    ResponseIncomplete(ResponseIncompleteWebhookEvent),
    /// `safety.alert.created`: Sent when an approved safety alert is available for an API project.
    SafetyAlertCreated(SafetyAlertCreatedWebhookEvent),
    /// `safety.deactivation_issued`: Sent when a deactivation is issued for a safety identifier in your organization.
    SafetyDeactivationIssued(SafetyDeactivationIssuedWebhookEvent),
    /// `safety.org_alert.created`: Sent when an approved safety alert is available for an enterprise workspace.
    SafetyOrgAlertCreated(SafetyOrgAlertCreatedWebhookEvent),
    /// `safety.warning_issued`: Sent when a warning is issued for a safety identifier in your organization.
    SafetyWarningIssued(SafetyWarningIssuedWebhookEvent),
    /// An event type the vendored spec does not list; keeps the raw JSON object.
    Unknown(UnknownWebhookEvent),
    /// A listed event type whose JSON does not fit its struct (a required field is
    /// missing or null, or a field changed its JSON type); keeps the raw JSON object
    /// and the reason.
    Unparsed(UnparsedWebhookEvent),
}
impl UnwrapWebhookEvent {
    /// Every event type with its own variant, sorted by variant name.
    pub const KNOWN_EVENT_TYPES: &'static [&'static str] = &[
        "agent.environment.expired",
        "agent.environment.failed",
        "agent.environment.ready",
        "agent.environment.suspended",
        "agent.session.action_required",
        "agent.session.created",
        "agent.session.failed",
        "agent.session.idle",
        "agent.session.in_progress",
        "batch.cancelled",
        "batch.completed",
        "batch.expired",
        "batch.failed",
        "eval.run.canceled",
        "eval.run.failed",
        "eval.run.succeeded",
        "fine_tuning.job.cancelled",
        "fine_tuning.job.failed",
        "fine_tuning.job.succeeded",
        "live.call.incoming",
        "live.transport.connected",
        "live.transport.incoming",
        "realtime.call.incoming",
        "response.cancelled",
        "response.completed",
        "response.failed",
        "response.incomplete",
        "safety.alert.created",
        "safety.deactivation_issued",
        "safety.org_alert.created",
        "safety.warning_issued",
    ];
    /// Every string enum inside an event, as `(event type, JSON path, listed values)`,
    /// such as `("realtime.call.incoming", "data.sip_media_security", &["rtp", "srtp"])`
    /// (`[]` marks array items). Each is an open enum: a value it does not list is
    /// kept. For tools that test an endpoint's tolerance of new values.
    pub const ENUM_FIELDS: &'static [(
        &'static str,
        &'static str,
        &'static [&'static str],
    )] = &[
        (
            "agent.session.action_required",
            "data.required_action.type",
            &[
                "computer_use_approval_request",
                "mcp_approval_request",
                "function_call",
                "environment_connection",
            ],
        ),
        ("live.call.incoming", "data.sip_media_security", &["rtp", "srtp"]),
        ("live.transport.connected", "data.type", &["webrtc"]),
        ("live.transport.incoming", "data.sip_media_security", &["rtp", "srtp"]),
        ("live.transport.incoming", "data.type", &["sip"]),
        ("realtime.call.incoming", "data.sip_media_security", &["rtp", "srtp"]),
    ];
    ///`(type, sample payload)`: the spec's example, or one made from the schema where the spec has none.
    pub(crate) const SAMPLES: &'static [(&'static str, &'static str)] = &[
        (
            "agent.environment.expired",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"agent_environment_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.environment.expired\"\n}",
        ),
        (
            "agent.environment.failed",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"agent_environment_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.environment.failed\"\n}",
        ),
        (
            "agent.environment.ready",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"agent_environment_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.environment.ready\"\n}",
        ),
        (
            "agent.environment.suspended",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"agent_environment_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.environment.suspended\"\n}",
        ),
        (
            "agent.session.action_required",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"agent_session_abc123\",\n    \"required_action\": {\n      \"type\": \"computer_use_approval_request\"\n    }\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.session.action_required\"\n}",
        ),
        (
            "agent.session.created",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"connect\": {\n      \"remote_url\": \"https://example.com/webhooks\"\n    },\n    \"environment_id\": \"environment_abc123\",\n    \"environment_type\": \"none\",\n    \"id\": \"agent_session_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.session.created\"\n}",
        ),
        (
            "agent.session.failed",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"environment_id\": \"environment_abc123\",\n    \"environment_type\": \"none\",\n    \"id\": \"agent_session_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.session.failed\"\n}",
        ),
        (
            "agent.session.idle",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"environment_id\": \"environment_abc123\",\n    \"environment_type\": \"none\",\n    \"id\": \"agent_session_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.session.idle\"\n}",
        ),
        (
            "agent.session.in_progress",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"environment_id\": \"environment_abc123\",\n    \"environment_type\": \"none\",\n    \"id\": \"agent_session_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"agent.session.in_progress\"\n}",
        ),
        (
            "batch.cancelled",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"batch.cancelled\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"batch_abc123\"\n  }\n}\n",
        ),
        (
            "batch.completed",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"batch.completed\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"batch_abc123\"\n  }\n}\n",
        ),
        (
            "batch.expired",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"batch.expired\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"batch_abc123\"\n  }\n}\n",
        ),
        (
            "batch.failed",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"batch.failed\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"batch_abc123\"\n  }\n}\n",
        ),
        (
            "eval.run.canceled",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"eval.run.canceled\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"evalrun_abc123\"\n  }\n} \n",
        ),
        (
            "eval.run.failed",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"eval.run.failed\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"evalrun_abc123\"\n  }\n} \n",
        ),
        (
            "eval.run.succeeded",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"eval.run.succeeded\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"evalrun_abc123\"\n  }\n} \n",
        ),
        (
            "fine_tuning.job.cancelled",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"fine_tuning.job.cancelled\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"ftjob_abc123\"\n  }\n} \n",
        ),
        (
            "fine_tuning.job.failed",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"fine_tuning.job.failed\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"ftjob_abc123\"\n  }\n} \n",
        ),
        (
            "fine_tuning.job.succeeded",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"fine_tuning.job.succeeded\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"ftjob_abc123\"\n  }\n} \n",
        ),
        (
            "live.call.incoming",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"live.call.incoming\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"session_id\": \"rtc_479a275623b54bdb9b6fbae2f7cbd408\",\n    \"sip_headers\": [\n      {\"name\": \"Max-Forwards\", \"value\": \"63\"},\n      {\"name\": \"CSeq\", \"value\": \"851287 INVITE\"},\n      {\"name\": \"Content-Type\", \"value\": \"application/sdp\"},\n    ]\n  }\n}\n",
        ),
        (
            "live.transport.connected",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"session_id\": \"session_abc123\",\n    \"type\": \"webrtc\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"live.transport.connected\"\n}",
        ),
        (
            "live.transport.incoming",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"session_id\": \"live_abc123\",\n    \"sip_headers\": [\n      {\n        \"name\": \"example name\",\n        \"value\": \"example value\"\n      }\n    ],\n    \"sip_media_security\": \"rtp\",\n    \"type\": \"sip\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"live.transport.incoming\"\n}",
        ),
        (
            "realtime.call.incoming",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"realtime.call.incoming\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"call_id\": \"rtc_479a275623b54bdb9b6fbae2f7cbd408\",\n    \"sip_headers\": [\n      {\"name\": \"Max-Forwards\", \"value\": \"63\"},\n      {\"name\": \"CSeq\", \"value\": \"851287 INVITE\"},\n      {\"name\": \"Content-Type\", \"value\": \"application/sdp\"},\n    ]\n  }\n}\n",
        ),
        (
            "response.cancelled",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"response.cancelled\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"resp_abc123\"\n  }\n}\n",
        ),
        (
            "response.completed",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"response.completed\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"resp_abc123\"\n  }\n}\n",
        ),
        (
            "response.failed",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"response.failed\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"resp_abc123\"\n  }\n}\n",
        ),
        (
            "response.incomplete",
            "{\n  \"id\": \"evt_abc123\",\n  \"type\": \"response.incomplete\",\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"resp_abc123\"\n  }\n}\n",
        ),
        (
            "safety.alert.created",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"safety_alert_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"safety.alert.created\"\n}",
        ),
        (
            "safety.deactivation_issued",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"safety_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"safety.deactivation_issued\"\n}",
        ),
        (
            "safety.org_alert.created",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"safety_org_alert_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"safety.org_alert.created\"\n}",
        ),
        (
            "safety.warning_issued",
            "{\n  \"created_at\": 1719168000,\n  \"data\": {\n    \"id\": \"safety_abc123\"\n  },\n  \"id\": \"evt_abc123\",\n  \"object\": \"event\",\n  \"type\": \"safety.warning_issued\"\n}",
        ),
    ];
    /// The event as a trait object, for the shared accessors.
    pub(crate) fn as_event(&self) -> &dyn WebhookEvent {
        match self {
            Self::AgentEnvironmentExpired(e) => e,
            Self::AgentEnvironmentFailed(e) => e,
            Self::AgentEnvironmentReady(e) => e,
            Self::AgentEnvironmentSuspended(e) => e,
            Self::AgentSessionActionRequired(e) => e,
            Self::AgentSessionCreated(e) => e,
            Self::AgentSessionFailed(e) => e,
            Self::AgentSessionIdle(e) => e,
            Self::AgentSessionInProgress(e) => e,
            Self::BatchCancelled(e) => e,
            Self::BatchCompleted(e) => e,
            Self::BatchExpired(e) => e,
            Self::BatchFailed(e) => e,
            Self::EvalRunCanceled(e) => e,
            Self::EvalRunFailed(e) => e,
            Self::EvalRunSucceeded(e) => e,
            Self::FineTuningJobCancelled(e) => e,
            Self::FineTuningJobFailed(e) => e,
            Self::FineTuningJobSucceeded(e) => e,
            Self::LiveCallIncoming(e) => e,
            Self::LiveTransportConnected(e) => e,
            Self::LiveTransportIncoming(e) => e,
            Self::RealtimeCallIncoming(e) => e,
            Self::ResponseCancelled(e) => e,
            Self::ResponseCompleted(e) => e,
            Self::ResponseFailed(e) => e,
            Self::ResponseIncomplete(e) => e,
            Self::SafetyAlertCreated(e) => e,
            Self::SafetyDeactivationIssued(e) => e,
            Self::SafetyOrgAlertCreated(e) => e,
            Self::SafetyWarningIssued(e) => e,
            Self::Unknown(e) => e,
            Self::Unparsed(e) => e,
        }
    }
    /// Parses a known event type with `parser`; `None` if the spec does not list it.
    pub(crate) fn parse_known(
        event_type: &str,
        parser: &impl EventParser,
    ) -> Option<serde_json::Result<Self>> {
        Some(
            match event_type {
                "agent.environment.expired" => {
                    parser
                        .parse::<AgentEnvironmentExpiredWebhookEvent>()
                        .map(Self::AgentEnvironmentExpired)
                }
                "agent.environment.failed" => {
                    parser
                        .parse::<AgentEnvironmentFailedWebhookEvent>()
                        .map(Self::AgentEnvironmentFailed)
                }
                "agent.environment.ready" => {
                    parser
                        .parse::<AgentEnvironmentReadyWebhookEvent>()
                        .map(Self::AgentEnvironmentReady)
                }
                "agent.environment.suspended" => {
                    parser
                        .parse::<AgentEnvironmentSuspendedWebhookEvent>()
                        .map(Self::AgentEnvironmentSuspended)
                }
                "agent.session.action_required" => {
                    parser
                        .parse::<AgentSessionActionRequiredWebhookEvent>()
                        .map(Self::AgentSessionActionRequired)
                }
                "agent.session.created" => {
                    parser
                        .parse::<AgentSessionCreatedWebhookEvent>()
                        .map(Self::AgentSessionCreated)
                }
                "agent.session.failed" => {
                    parser
                        .parse::<AgentSessionFailedWebhookEvent>()
                        .map(Self::AgentSessionFailed)
                }
                "agent.session.idle" => {
                    parser
                        .parse::<AgentSessionIdleWebhookEvent>()
                        .map(Self::AgentSessionIdle)
                }
                "agent.session.in_progress" => {
                    parser
                        .parse::<AgentSessionInProgressWebhookEvent>()
                        .map(Self::AgentSessionInProgress)
                }
                "batch.cancelled" => {
                    parser
                        .parse::<BatchCancelledWebhookEvent>()
                        .map(Self::BatchCancelled)
                }
                "batch.completed" => {
                    parser
                        .parse::<BatchCompletedWebhookEvent>()
                        .map(Self::BatchCompleted)
                }
                "batch.expired" => {
                    parser.parse::<BatchExpiredWebhookEvent>().map(Self::BatchExpired)
                }
                "batch.failed" => {
                    parser.parse::<BatchFailedWebhookEvent>().map(Self::BatchFailed)
                }
                "eval.run.canceled" => {
                    parser
                        .parse::<EvalRunCanceledWebhookEvent>()
                        .map(Self::EvalRunCanceled)
                }
                "eval.run.failed" => {
                    parser.parse::<EvalRunFailedWebhookEvent>().map(Self::EvalRunFailed)
                }
                "eval.run.succeeded" => {
                    parser
                        .parse::<EvalRunSucceededWebhookEvent>()
                        .map(Self::EvalRunSucceeded)
                }
                "fine_tuning.job.cancelled" => {
                    parser
                        .parse::<FineTuningJobCancelledWebhookEvent>()
                        .map(Self::FineTuningJobCancelled)
                }
                "fine_tuning.job.failed" => {
                    parser
                        .parse::<FineTuningJobFailedWebhookEvent>()
                        .map(Self::FineTuningJobFailed)
                }
                "fine_tuning.job.succeeded" => {
                    parser
                        .parse::<FineTuningJobSucceededWebhookEvent>()
                        .map(Self::FineTuningJobSucceeded)
                }
                "live.call.incoming" => {
                    parser
                        .parse::<LiveCallIncomingWebhookEvent>()
                        .map(Self::LiveCallIncoming)
                }
                "live.transport.connected" => {
                    parser
                        .parse::<LiveTransportConnectedWebhookEvent>()
                        .map(Self::LiveTransportConnected)
                }
                "live.transport.incoming" => {
                    parser
                        .parse::<LiveTransportIncomingWebhookEvent>()
                        .map(Self::LiveTransportIncoming)
                }
                "realtime.call.incoming" => {
                    parser
                        .parse::<RealtimeCallIncomingWebhookEvent>()
                        .map(Self::RealtimeCallIncoming)
                }
                "response.cancelled" => {
                    parser
                        .parse::<ResponseCancelledWebhookEvent>()
                        .map(Self::ResponseCancelled)
                }
                "response.completed" => {
                    parser
                        .parse::<ResponseCompletedWebhookEvent>()
                        .map(Self::ResponseCompleted)
                }
                "response.failed" => {
                    parser
                        .parse::<ResponseFailedWebhookEvent>()
                        .map(Self::ResponseFailed)
                }
                "response.incomplete" => {
                    parser
                        .parse::<ResponseIncompleteWebhookEvent>()
                        .map(Self::ResponseIncomplete)
                }
                "safety.alert.created" => {
                    parser
                        .parse::<SafetyAlertCreatedWebhookEvent>()
                        .map(Self::SafetyAlertCreated)
                }
                "safety.deactivation_issued" => {
                    parser
                        .parse::<SafetyDeactivationIssuedWebhookEvent>()
                        .map(Self::SafetyDeactivationIssued)
                }
                "safety.org_alert.created" => {
                    parser
                        .parse::<SafetyOrgAlertCreatedWebhookEvent>()
                        .map(Self::SafetyOrgAlertCreated)
                }
                "safety.warning_issued" => {
                    parser
                        .parse::<SafetyWarningIssuedWebhookEvent>()
                        .map(Self::SafetyWarningIssued)
                }
                _ => return None,
            },
        )
    }
}
impl serde::Serialize for UnwrapWebhookEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::AgentEnvironmentExpired(e) => e.serialize(serializer),
            Self::AgentEnvironmentFailed(e) => e.serialize(serializer),
            Self::AgentEnvironmentReady(e) => e.serialize(serializer),
            Self::AgentEnvironmentSuspended(e) => e.serialize(serializer),
            Self::AgentSessionActionRequired(e) => e.serialize(serializer),
            Self::AgentSessionCreated(e) => e.serialize(serializer),
            Self::AgentSessionFailed(e) => e.serialize(serializer),
            Self::AgentSessionIdle(e) => e.serialize(serializer),
            Self::AgentSessionInProgress(e) => e.serialize(serializer),
            Self::BatchCancelled(e) => e.serialize(serializer),
            Self::BatchCompleted(e) => e.serialize(serializer),
            Self::BatchExpired(e) => e.serialize(serializer),
            Self::BatchFailed(e) => e.serialize(serializer),
            Self::EvalRunCanceled(e) => e.serialize(serializer),
            Self::EvalRunFailed(e) => e.serialize(serializer),
            Self::EvalRunSucceeded(e) => e.serialize(serializer),
            Self::FineTuningJobCancelled(e) => e.serialize(serializer),
            Self::FineTuningJobFailed(e) => e.serialize(serializer),
            Self::FineTuningJobSucceeded(e) => e.serialize(serializer),
            Self::LiveCallIncoming(e) => e.serialize(serializer),
            Self::LiveTransportConnected(e) => e.serialize(serializer),
            Self::LiveTransportIncoming(e) => e.serialize(serializer),
            Self::RealtimeCallIncoming(e) => e.serialize(serializer),
            Self::ResponseCancelled(e) => e.serialize(serializer),
            Self::ResponseCompleted(e) => e.serialize(serializer),
            Self::ResponseFailed(e) => e.serialize(serializer),
            Self::ResponseIncomplete(e) => e.serialize(serializer),
            Self::SafetyAlertCreated(e) => e.serialize(serializer),
            Self::SafetyDeactivationIssued(e) => e.serialize(serializer),
            Self::SafetyOrgAlertCreated(e) => e.serialize(serializer),
            Self::SafetyWarningIssued(e) => e.serialize(serializer),
            Self::Unknown(e) => e.serialize(serializer),
            Self::Unparsed(e) => e.serialize(serializer),
        }
    }
}
impl AgentEnvironmentExpiredWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.environment.expired";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentEnvironmentExpiredWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentEnvironmentExpiredWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentEnvironmentExpiredWebhookEvent) -> Self {
        Self::AgentEnvironmentExpired(event)
    }
}
impl AgentEnvironmentFailedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.environment.failed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentEnvironmentFailedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentEnvironmentFailedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentEnvironmentFailedWebhookEvent) -> Self {
        Self::AgentEnvironmentFailed(event)
    }
}
impl AgentEnvironmentReadyWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.environment.ready";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentEnvironmentReadyWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentEnvironmentReadyWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentEnvironmentReadyWebhookEvent) -> Self {
        Self::AgentEnvironmentReady(event)
    }
}
impl AgentEnvironmentSuspendedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.environment.suspended";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentEnvironmentSuspendedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentEnvironmentSuspendedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentEnvironmentSuspendedWebhookEvent) -> Self {
        Self::AgentEnvironmentSuspended(event)
    }
}
impl AgentSessionActionRequiredWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.session.action_required";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentSessionActionRequiredWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentSessionActionRequiredWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentSessionActionRequiredWebhookEvent) -> Self {
        Self::AgentSessionActionRequired(event)
    }
}
impl AgentSessionCreatedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.session.created";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentSessionCreatedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentSessionCreatedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentSessionCreatedWebhookEvent) -> Self {
        Self::AgentSessionCreated(event)
    }
}
impl AgentSessionFailedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.session.failed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentSessionFailedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentSessionFailedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentSessionFailedWebhookEvent) -> Self {
        Self::AgentSessionFailed(event)
    }
}
impl AgentSessionIdleWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.session.idle";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentSessionIdleWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentSessionIdleWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentSessionIdleWebhookEvent) -> Self {
        Self::AgentSessionIdle(event)
    }
}
impl AgentSessionInProgressWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "agent.session.in_progress";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for AgentSessionInProgressWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<AgentSessionInProgressWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: AgentSessionInProgressWebhookEvent) -> Self {
        Self::AgentSessionInProgress(event)
    }
}
impl BatchCancelledWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "batch.cancelled";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for BatchCancelledWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<BatchCancelledWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: BatchCancelledWebhookEvent) -> Self {
        Self::BatchCancelled(event)
    }
}
impl BatchCompletedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "batch.completed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for BatchCompletedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<BatchCompletedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: BatchCompletedWebhookEvent) -> Self {
        Self::BatchCompleted(event)
    }
}
impl BatchExpiredWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "batch.expired";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for BatchExpiredWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<BatchExpiredWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: BatchExpiredWebhookEvent) -> Self {
        Self::BatchExpired(event)
    }
}
impl BatchFailedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "batch.failed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for BatchFailedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<BatchFailedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: BatchFailedWebhookEvent) -> Self {
        Self::BatchFailed(event)
    }
}
impl EvalRunCanceledWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "eval.run.canceled";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for EvalRunCanceledWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<EvalRunCanceledWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: EvalRunCanceledWebhookEvent) -> Self {
        Self::EvalRunCanceled(event)
    }
}
impl EvalRunFailedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "eval.run.failed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for EvalRunFailedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<EvalRunFailedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: EvalRunFailedWebhookEvent) -> Self {
        Self::EvalRunFailed(event)
    }
}
impl EvalRunSucceededWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "eval.run.succeeded";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for EvalRunSucceededWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<EvalRunSucceededWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: EvalRunSucceededWebhookEvent) -> Self {
        Self::EvalRunSucceeded(event)
    }
}
impl FineTuningJobCancelledWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "fine_tuning.job.cancelled";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for FineTuningJobCancelledWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<FineTuningJobCancelledWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: FineTuningJobCancelledWebhookEvent) -> Self {
        Self::FineTuningJobCancelled(event)
    }
}
impl FineTuningJobFailedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "fine_tuning.job.failed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for FineTuningJobFailedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<FineTuningJobFailedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: FineTuningJobFailedWebhookEvent) -> Self {
        Self::FineTuningJobFailed(event)
    }
}
impl FineTuningJobSucceededWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "fine_tuning.job.succeeded";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for FineTuningJobSucceededWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<FineTuningJobSucceededWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: FineTuningJobSucceededWebhookEvent) -> Self {
        Self::FineTuningJobSucceeded(event)
    }
}
impl LiveCallIncomingWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "live.call.incoming";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for LiveCallIncomingWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<LiveCallIncomingWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: LiveCallIncomingWebhookEvent) -> Self {
        Self::LiveCallIncoming(event)
    }
}
impl LiveTransportConnectedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "live.transport.connected";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for LiveTransportConnectedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<LiveTransportConnectedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: LiveTransportConnectedWebhookEvent) -> Self {
        Self::LiveTransportConnected(event)
    }
}
impl LiveTransportIncomingWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "live.transport.incoming";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for LiveTransportIncomingWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<LiveTransportIncomingWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: LiveTransportIncomingWebhookEvent) -> Self {
        Self::LiveTransportIncoming(event)
    }
}
impl RealtimeCallIncomingWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "realtime.call.incoming";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for RealtimeCallIncomingWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<RealtimeCallIncomingWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: RealtimeCallIncomingWebhookEvent) -> Self {
        Self::RealtimeCallIncoming(event)
    }
}
impl ResponseCancelledWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "response.cancelled";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for ResponseCancelledWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<ResponseCancelledWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: ResponseCancelledWebhookEvent) -> Self {
        Self::ResponseCancelled(event)
    }
}
impl ResponseCompletedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "response.completed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for ResponseCompletedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<ResponseCompletedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: ResponseCompletedWebhookEvent) -> Self {
        Self::ResponseCompleted(event)
    }
}
impl ResponseFailedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "response.failed";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for ResponseFailedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<ResponseFailedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: ResponseFailedWebhookEvent) -> Self {
        Self::ResponseFailed(event)
    }
}
impl ResponseIncompleteWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "response.incomplete";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for ResponseIncompleteWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<ResponseIncompleteWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: ResponseIncompleteWebhookEvent) -> Self {
        Self::ResponseIncomplete(event)
    }
}
impl SafetyAlertCreatedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "safety.alert.created";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for SafetyAlertCreatedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<SafetyAlertCreatedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: SafetyAlertCreatedWebhookEvent) -> Self {
        Self::SafetyAlertCreated(event)
    }
}
impl SafetyDeactivationIssuedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "safety.deactivation_issued";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for SafetyDeactivationIssuedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<SafetyDeactivationIssuedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: SafetyDeactivationIssuedWebhookEvent) -> Self {
        Self::SafetyDeactivationIssued(event)
    }
}
impl SafetyOrgAlertCreatedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "safety.org_alert.created";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for SafetyOrgAlertCreatedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<SafetyOrgAlertCreatedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: SafetyOrgAlertCreatedWebhookEvent) -> Self {
        Self::SafetyOrgAlertCreated(event)
    }
}
impl SafetyWarningIssuedWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "safety.warning_issued";
    /// The event type (also without the [`WebhookEvent`] trait in scope).
    pub fn event_type(&self) -> &'static str {
        Self::EVENT_TYPE
    }
    /// The event ID (`evt_…`).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl WebhookEvent for SafetyWarningIssuedWebhookEvent {
    fn event_type(&self) -> &str {
        Self::EVENT_TYPE
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> i64 {
        self.created_at
    }
}
impl From<SafetyWarningIssuedWebhookEvent> for UnwrapWebhookEvent {
    fn from(event: SafetyWarningIssuedWebhookEvent) -> Self {
        Self::SafetyWarningIssued(event)
    }
}
