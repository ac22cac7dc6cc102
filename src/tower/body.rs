//! The layer's own body types, so its public API names no pre-1.0 body crate.

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};

/// A body already in memory, sent as one frame: the verified request body the inner service
/// receives (byte for byte as signed), and the text of the layer's own answers. Its `Debug`
/// shows the length only.
#[derive(Clone, Default)]
pub struct BytesBody {
    data: Option<Bytes>,
}

impl std::fmt::Debug for BytesBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let len = self.data.as_ref().map_or(0, Bytes::len);
        f.debug_tuple("BytesBody")
            .field(&crate::redact::Body(len))
            .finish()
    }
}

impl BytesBody {
    /// A body of `data`.
    pub fn new(data: Bytes) -> BytesBody {
        BytesBody {
            data: Some(data).filter(|d| !d.is_empty()),
        }
    }
}

impl Body for BytesBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Poll::Ready(self.data.take().map(|d| Ok(Frame::data(d))))
    }

    fn is_end_stream(&self) -> bool {
        self.data.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.data.as_ref().map_or(0, |d| d.len() as u64))
    }
}

pin_project_lite::pin_project! {
    /// The layer's response body: the inner service's body `B`, or the layer's own short
    /// plain-text answer. Its errors are `B`'s.
    #[derive(Debug)]
    pub struct ResponseBody<B> {
        #[pin]
        kind: Kind<B>,
    }
}

pin_project_lite::pin_project! {
    #[project = KindProj]
    #[derive(Debug)]
    enum Kind<B> {
        Inner { #[pin] body: B },
        Text { body: BytesBody },
    }
}

impl<B> ResponseBody<B> {
    pub(super) fn inner(body: B) -> ResponseBody<B> {
        ResponseBody {
            kind: Kind::Inner { body },
        }
    }

    pub(super) fn text(text: &'static str) -> ResponseBody<B> {
        let body = BytesBody::new(Bytes::from_static(text.as_bytes()));
        ResponseBody {
            kind: Kind::Text { body },
        }
    }

    pub(super) fn message(text: String) -> ResponseBody<B> {
        let body = BytesBody::new(Bytes::from(text));
        ResponseBody {
            kind: Kind::Text { body },
        }
    }
}

impl<B: Body<Data = Bytes>> Body for ResponseBody<B> {
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        match self.project().kind.project() {
            KindProj::Inner { body } => body.poll_frame(cx),
            KindProj::Text { body } => match Pin::new(body).poll_frame(cx) {
                Poll::Ready(frame) => Poll::Ready(frame.map(|f| f.map_err(|e| match e {}))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.kind {
            Kind::Inner { body } => body.is_end_stream(),
            Kind::Text { body } => body.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.kind {
            Kind::Inner { body } => body.size_hint(),
            Kind::Text { body } => body.size_hint(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::task::Waker;

    fn frames(mut body: impl Body<Data = Bytes> + Unpin) -> Vec<Bytes> {
        let mut cx = Context::from_waker(Waker::noop());
        let mut out = Vec::new();
        while let Poll::Ready(Some(Ok(frame))) = Pin::new(&mut body).poll_frame(&mut cx) {
            out.push(frame.into_data().ok().unwrap());
        }
        assert!(body.is_end_stream());
        assert_eq!(body.size_hint().exact(), Some(0));
        out
    }

    #[test]
    fn one_frame_with_its_exact_size_then_the_end() {
        let body = BytesBody::new(Bytes::from_static(b"hello"));
        assert!(!body.is_end_stream());
        assert_eq!(body.size_hint().exact(), Some(5));
        assert_eq!(frames(body), [Bytes::from_static(b"hello")]);
        let empty = BytesBody::new(Bytes::new());
        assert!(empty.is_end_stream());
        assert!(frames(empty).is_empty());
    }

    #[test]
    fn the_response_body_forwards_the_inner_bodys_hints() {
        let inner = ResponseBody::inner(BytesBody::new(Bytes::from_static(b"abc")));
        assert_eq!(inner.size_hint().exact(), Some(3));
        assert!(!inner.is_end_stream());
        assert_eq!(frames(inner), [Bytes::from_static(b"abc")]);
        let text = ResponseBody::<BytesBody>::text("Already handled");
        assert_eq!(text.size_hint().exact(), Some(15));
        assert_eq!(frames(text), [Bytes::from_static(b"Already handled")]);
    }

    #[test]
    fn debug_shows_the_length_only() {
        let body = BytesBody::new(Bytes::from_static(b"PAYLOAD"));
        let text = format!("{body:?} {body:#?}");
        assert!(!text.contains("PAYLOAD"), "{text}");
        assert!(text.contains("<7 bytes>"), "{text}");
    }
}
