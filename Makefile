# The two commands of the quick start. Both install what they need first.
#   make run    build, create polyfon.db with the bundled real data if it is missing, serve :8080
#   make test   build with AddressSanitizer + UndefinedBehaviorSanitizer and run every test, then
#               a short libFuzzer run of every importer (docs/fuzzing.md)
DB ?= polyfon.db
PORT ?= 8080
POLYFON = build/release/polyfon

.PHONY: run test build bench clean

run: build
	@test -f "$(DB)" || $(POLYFON) --db "$(DB)" demo
	$(POLYFON) --db "$(DB)" serve --port $(PORT)

build:
	scripts/install-deps build
	cmake --preset release >/dev/null
	cmake --build --preset release --target polyfon

test:
	scripts/install-deps test
	cmake --preset asan-ubsan >/dev/null
	cmake --build --preset asan-ubsan
	ctest --preset asan-ubsan
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz
	ctest --preset fuzz

bench:
	scripts/install-deps test
	cmake --preset bench >/dev/null
	cmake --build --preset bench
	bench/run-import-bench
	bench/run-effect-bench
	bench/run-http-bench

clean:
	rm -rf build
