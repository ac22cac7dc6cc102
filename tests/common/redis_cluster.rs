//! A real 3-node Redis Cluster for tests (no replicas), on loopback ports, made with
//! `redis-cli --cluster create`; stopped on drop. Needs `redis_server` beside it.
#![allow(dead_code)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::redis_server::{Mode, RedisServer};

pub struct RedisCluster {
    nodes: Vec<RedisServer>,
}

impl RedisCluster {
    /// Starts three nodes and joins them into one cluster. Panics, saying why, if it cannot.
    pub fn start() -> RedisCluster {
        RedisCluster::start_with(false, |_| {})
    }

    /// The same over TLS (clients and cluster bus), with the files `write_tls_files` puts
    /// in each node's directory (`ca.pem`, `server.pem`, `server.key`).
    pub fn start_tls(write_tls_files: impl Fn(&std::path::Path)) -> RedisCluster {
        RedisCluster::start_with(true, write_tls_files)
    }

    fn start_with(tls: bool, prepare: impl Fn(&std::path::Path)) -> RedisCluster {
        let mode = Mode::ClusterNode { bus_port: 0, tls };
        let node = || RedisServer::start_in(mode, &prepare);
        let cluster = RedisCluster {
            nodes: vec![node(), node(), node()],
        };
        let output = cluster
            .cli()
            .args(["--cluster", "create"])
            .args(cluster.nodes.iter().map(RedisServer::address))
            .args(["--cluster-replicas", "0", "--cluster-yes"])
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| {
                panic!(
                    "`redis-cli` did not run ({e}); install it (Debian package `redis-tools`), \
                     or run `cargo xtask test`, which does"
                )
            });
        assert!(
            output.status.success(),
            "redis-cli --cluster create failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        cluster.wait_until_ok();
        cluster
    }

    /// `redis-cli`, with the TLS options the nodes need.
    fn cli(&self) -> Command {
        let mut command = Command::new("redis-cli");
        if self.nodes[0].tls() {
            command
                .args(["--tls", "--cacert"])
                .arg(self.nodes[0].dir().join("ca.pem"));
        }
        command
    }

    /// The nodes' URLs, as seeds.
    pub fn urls(&self) -> Vec<String> {
        self.nodes.iter().map(RedisServer::url).collect()
    }

    /// Kills every node (their data is lost; the cluster layout, in `nodes.conf`, is kept).
    pub fn stop(&mut self) {
        for node in &mut self.nodes {
            node.stop();
        }
    }

    /// Starts every node again, empty, and waits until the cluster is whole.
    pub fn restart(&mut self) {
        for node in &mut self.nodes {
            node.restart();
        }
        self.wait_until_ok();
    }

    /// Waits until every node sees all slots served (`cluster_state:ok`).
    fn wait_until_ok(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        for node in &self.nodes {
            loop {
                let info = self
                    .cli()
                    .args(["-p", &node.port().to_string(), "cluster", "info"])
                    .output()
                    .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
                    .unwrap_or_default();
                if info.contains("cluster_state:ok") {
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "the Redis Cluster was not ready within 30 s: {info}"
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}
