// Snapshot of what build.rs generates from spec/openapi.webhooks.json, formatted.
// Refresh with `cargo xtask snapshot` (`cargo xtask regen` does it too).

/**Sent when a batch API request has been cancelled.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `batch.cancelled`.
*/
    #[serde(rename = "type")]
    pub type_: BatchCancelledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `batch.completed`.
*/
    #[serde(rename = "type")]
    pub type_: BatchCompletedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `batch.expired`.
*/
    #[serde(rename = "type")]
    pub type_: BatchExpiredWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `batch.failed`.
*/
    #[serde(rename = "type")]
    pub type_: BatchFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `eval.run.canceled`.
*/
    #[serde(rename = "type")]
    pub type_: EvalRunCanceledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `eval.run.failed`.
*/
    #[serde(rename = "type")]
    pub type_: EvalRunFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `eval.run.succeeded`.
*/
    #[serde(rename = "type")]
    pub type_: EvalRunSucceededWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
/**The object of the event. Always `event`.
*/
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `fine_tuning.job.cancelled`.
*/
    #[serde(rename = "type")]
    pub type_: FineTuningJobCancelledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `fine_tuning.job.failed`.
*/
    #[serde(rename = "type")]
    pub type_: FineTuningJobFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `fine_tuning.job.succeeded`.
*/
    #[serde(rename = "type")]
    pub type_: FineTuningJobSucceededWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveCallIncomingWebhookEvent {
    /**The Unix timestamp (in seconds) of when the event was created.
*/
    pub created_at: i64,
    pub data: LiveCallIncomingWebhookEventData,
    /**The unique ID of the event.
*/
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `live.call.incoming`.
*/
    #[serde(rename = "type")]
    pub type_: LiveCallIncomingWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LiveCallIncomingWebhookEventData {
    /**The Transceiver `rtc_...` ID of the pending SIP session. The same
value appears as `call_id` in `realtime.call.incoming`.
*/
    pub session_id: ::std::string::String,
    /**Headers from the SIP Invite.
*/
    pub sip_headers: ::std::vec::Vec<LiveCallIncomingWebhookEventDataSipHeadersItem>,
}
/**A header from the SIP Invite.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
/**Sent when an incoming API SIP session is available for Realtime acceptance.
The same pending session can also emit `live.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `realtime.call.incoming`.
*/
    #[serde(rename = "type")]
    pub type_: RealtimeCallIncomingWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RealtimeCallIncomingWebhookEventData {
    /**The Transceiver `rtc_...` ID of the pending SIP session. The same
value appears as `session_id` in `live.call.incoming`.
*/
    pub call_id: ::std::string::String,
    /**Headers from the SIP Invite.
*/
    pub sip_headers: ::std::vec::Vec<RealtimeCallIncomingWebhookEventDataSipHeadersItem>,
}
/**A header from the SIP Invite.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `response.cancelled`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseCancelledWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `response.completed`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseCompletedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `response.failed`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseFailedWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub object: ::std::option::Option<EventObject>,
    /**The type of the event. Always `response.incomplete`.
*/
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteWebhookEventType,
}
/**Event data payload.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
/// A verified webhook event: one variant per event type in OpenAI's webhook spec,
/// plus [`Unknown`](Self::Unknown) for types this version of the crate does not know
/// and [`Unparsed`](Self::Unparsed) for listed types whose JSON does not fit.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnwrapWebhookEvent {
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
    LiveCallIncoming(LiveCallIncomingWebhookEvent),
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
        "realtime.call.incoming",
        "response.cancelled",
        "response.completed",
        "response.failed",
        "response.incomplete",
    ];
    /// `(type, sample payload)` as the spec gives them.
    pub(crate) const SAMPLES: &'static [(&'static str, &'static str)] = &[
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
    ];
    /// The event as a trait object, for the shared accessors.
    pub(crate) fn as_event(&self) -> &dyn WebhookEvent {
        match self {
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
            Self::RealtimeCallIncoming(e) => e,
            Self::ResponseCancelled(e) => e,
            Self::ResponseCompleted(e) => e,
            Self::ResponseFailed(e) => e,
            Self::ResponseIncomplete(e) => e,
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
                _ => return None,
            },
        )
    }
}
impl serde::Serialize for UnwrapWebhookEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
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
            Self::RealtimeCallIncoming(e) => e.serialize(serializer),
            Self::ResponseCancelled(e) => e.serialize(serializer),
            Self::ResponseCompleted(e) => e.serialize(serializer),
            Self::ResponseFailed(e) => e.serialize(serializer),
            Self::ResponseIncomplete(e) => e.serialize(serializer),
            Self::Unknown(e) => e.serialize(serializer),
            Self::Unparsed(e) => e.serialize(serializer),
        }
    }
}
impl BatchCancelledWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "batch.cancelled";
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
impl RealtimeCallIncomingWebhookEvent {
    /// The `type` string of this event.
    pub const EVENT_TYPE: &'static str = "realtime.call.incoming";
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
