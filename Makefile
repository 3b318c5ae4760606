# Ruqsat. The two commands of the README's Quick start are `make serve` and `make test`; each installs what is
# missing first (scripts/setup.sh) and skips what is already there.
.PHONY: serve test build size bench fuzz cli setup clean

serve:  ## install what is missing, then serve the app on http://127.0.0.1:8080/
	@scripts/serve.sh

test:   ## install what is missing, then run every check and all three layers of tests
	@scripts/test.sh

build:  ## release build into dist/
	@scripts/setup.sh build
	@scripts/build-release.sh

size: build  ## release build, then the bundle's size (raw and gzip) against the 180 KB budget
	@scripts/size.sh

bench: size  ## the bundle's size, the core's benchmarks, then the browser's (figures go into BENCHMARKS.md)
	@CARGO_NET_OFFLINE=true cargo bench -p ruqsat-cli --bench core
	@scripts/setup.sh test >/dev/null
	@PATH="$$PWD/node_modules/.bin:$$PATH" node scripts/bench-browser.mjs

fuzz:   ## the stored-case decoder given 2 000 000 generated inputs (make test gives it 100 000)
	@scripts/fuzz-case-file.sh

cli:    ## build the native command-line program: target/release/ruqsat
	@cargo build --release -p ruqsat-cli --bin ruqsat
	@echo "built target/release/ruqsat (try: target/release/ruqsat help)"

setup:  ## only install what is missing
	@scripts/setup.sh test

clean:
	rm -rf dist target/serve-dist target/playwright-report test-results
