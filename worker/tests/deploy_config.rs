//! A plain `wrangler deploy` uses wrangler.toml's top level (and `make deploy` its production
//! environment): neither may turn on development features.

use toml::Value;

fn config() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../wrangler.toml"))
        .unwrap_or_else(|e| panic!("reading wrangler.toml: {e}"));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("parsing wrangler.toml: {e}"));
    Value::Table(table)
}

fn environment(vars: Option<&Value>) -> Option<&str> {
    vars?.get("ENVIRONMENT")?.as_str()
}

#[test]
fn what_a_plain_deploy_uses_has_no_development_flag() {
    let config = config();
    assert_eq!(environment(config.get("vars")), Some("production"), "top-level [vars]");
    let envs = config.get("env").and_then(Value::as_table).map(|t| t.len()).unwrap_or(0);
    assert!(envs > 0, "a production environment for make deploy");
    for (name, env) in config.get("env").and_then(Value::as_table).into_iter().flatten() {
        let flag = environment(env.get("vars"));
        assert_ne!(flag, Some("development"), "[env.{name}.vars]");
    }
    let per_client = config["vars"]["CODE_REQUESTS_PER_CLIENT_PER_HOUR"].as_str().unwrap_or_default();
    assert_eq!(per_client, "300", "the production sign-in limit, per client across addresses");
}
