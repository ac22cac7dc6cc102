//! The layer's own body types, so its public API names no pre-1.0 body crate.

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};

/// A body already in memory, sent as one frame: the verified request body the inner service
/// receives (byte for byte as signed), and the text of the layer's own answers.
#[derive(Debug, Clone, Default)]
pub struct BytesBody {
    data: Option<Bytes>,
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
