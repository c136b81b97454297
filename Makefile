# daibiao — the front door. `make run` and `make test` work on a fresh Debian 12 (root).
.PHONY: deps build build-release web-build run test check-layers format bench bench-cluster clean

LISTEN ?= 127.0.0.1:8080
DATA   ?= $(CURDIR)/var
DB     ?= sqlite://$(DATA)/daibiao.db

deps:
	@bash scripts/install-deps.sh

build: deps
	@bash scripts/configure.sh debug
	@cmake --build build/debug

build-release: deps
	@bash scripts/configure.sh release
	@cmake --build build/release --target daibiao

# The web app (web/dist), served by `daibiao serve --web-root`.
web-build: deps
	@cd web && npm run build

# Builds, migrates, loads demo data on first start, prints the demo logins and serves.
run: build-release web-build
	@bash scripts/run.sh "$(DB)" "$(LISTEN)" "$(DATA)"

# Every test: unit, storage on SQLite and PostgreSQL, black-box API tests.
test: build web-build
	@bash scripts/test.sh

check-layers:
	@bash scripts/check-layers.sh

format:
	@bash scripts/format.sh

# The cluster test with the nodes killed in turn 10 times under load (debug build).
bench-cluster: build
	@CLUSTER_KILLS=10 node --test tests/cluster/

bench: build-release
	@bash bench/run.sh
	@bash bench/suggestions.sh
	@bash bench/scale.sh
	@bash bench/crash.sh
	@DAIBIAO_BIN=build/release/server/daibiao node bench/login_flood.mjs
	@FUZZ_SECONDS=300 bash scripts/fuzz.sh

clean:
	rm -rf build
