//! The Lua scripts of the Redis store. Each touches only its one key (cluster-safe).
//!
//! Values: `c:<token>` while in progress, `done` once handled. Tokens are alphanumeric, so
//! the two never collide.

/// `SET key c:token NX PX lease`; if taken, says by what: `{1}` claimed, `{2}` done,
/// `{3, pttl}` in progress.
pub(super) const CLAIM: &str = r"
if redis.call('SET', KEYS[1], 'c:' .. ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, 0}
end
if redis.call('GET', KEYS[1]) == 'done' then
  return {2, 0}
end
return {3, redis.call('PTTL', KEYS[1])}
";

/// Compare-and-expire: a new lease, only if the token still holds the key.
pub(super) const RENEW: &str = r"
if redis.call('GET', KEYS[1]) == 'c:' .. ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
";

/// `done` for `retention`, if the token still holds the key or the key is free (`GET`
/// gives `false` for a missing key); never over another token or a done key.
pub(super) const COMPLETE: &str = r"
local value = redis.call('GET', KEYS[1])
if value == false or value == 'c:' .. ARGV[1] then
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
  return 1
end
return 0
";

/// Compare-and-delete: only if the token still holds the key.
pub(super) const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == 'c:' .. ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
";
