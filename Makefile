# The two commands a developer needs are `make dev` and `make test`; each installs what is missing.
.PHONY: dev test bench build deploy seed-bench eval-matching

dev:
	@scripts/dev.sh

test:
	@scripts/test.sh

bench:
	@scripts/bench.sh

build:
	@scripts/setup.sh && scripts/build.sh

deploy:
	@scripts/deploy.sh

# Loads N synthetic mentors into the local state for benchmarks: make seed-bench N=100000
seed-bench:
	@N=$(N) scripts/seed-bench.sh

# nDCG@5 of matching and of a plain BM25 baseline on the labelled goals in tests/matching/
eval-matching:
	@scripts/setup.sh && cargo run --release --quiet -p domain --example eval_matching
