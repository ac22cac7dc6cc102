//! The inner service's part of a delivery: wait until it is ready, then call it.

use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use pin_project_lite::pin_project;
use tower_service::Service;

pin_project! {
    /// Readiness, then the call, in one small future: the request is held once, and gives
    /// way to the call's future.
    #[project = ReadyCallProj]
    pub(super) enum ReadyCall<S, R>
    where
        S: Service<R>,
    {
        Waiting { inner: S, request: Option<R> },
        Calling { #[pin] future: S::Future },
    }
}

impl<S: Service<R>, R> ReadyCall<S, R> {
    pub(super) fn new(inner: S, request: R) -> ReadyCall<S, R> {
        ReadyCall::Waiting {
            inner,
            request: Some(request),
        }
    }
}

impl<S: Service<R>, R> Future for ReadyCall<S, R> {
    type Output = Result<S::Response, S::Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        loop {
            match self.as_mut().project() {
                ReadyCallProj::Waiting { inner, request } => {
                    ready!(inner.poll_ready(cx))?;
                    // Taken only here, and the state changes with it: `None` only if `call`
                    // panicked and this future is polled again, which no executor does.
                    let Some(request) = request.take() else {
                        return Poll::Pending;
                    };
                    let future = inner.call(request);
                    self.set(ReadyCall::Calling { future });
                }
                ReadyCallProj::Calling { future } => return future.poll(cx),
            }
        }
    }
}
