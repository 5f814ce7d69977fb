# Two commands: `make serve` (the app at http://127.0.0.1:8080/) and `make test` (all checks).
# Both install whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test

serve:
	scripts/setup.sh serve
	cargo fetch
	trunk serve --offline --address 127.0.0.1 --port 8080 --dist target/trunk-serve

test:
	scripts/setup.sh test
	scripts/test.sh
