# The two commands a developer needs are `make dev` and `make test`; each installs what is missing.
.PHONY: dev test bench build deploy

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
