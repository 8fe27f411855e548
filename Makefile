# dltutor: `make run` installs what is missing, builds in release mode and starts the tutor;
# `make test` runs the whole test suite (format lint, unit, snapshot and end-to-end tests).
SWIFT ?= swift
PREFIX ?= /usr/local
BUILD_FLAGS = -c release

.PHONY: all deps build run test lint-format bench install clean

all: build

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

run: build
	@./scripts/run-tutor.sh "$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/dltutor"

lint-format:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

test: deps lint-format
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	LANG=C.UTF-8 SNAPSHOT_RECORD=never $(SWIFT) test $(BUILD_FLAGS) --skip-build
	"$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/dltutor" lint Lessons/

bench: build
	"$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/dltutor-bench"

install: build
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/dltutor"
	install -m 755 "$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/dltutor" "$(PREFIX)/bin/dltutor"
	rm -rf "$(PREFIX)/share/dltutor/Lessons" "$(PREFIX)/share/dltutor/Data"
	cp -R Lessons Data "$(PREFIX)/share/dltutor/"

clean:
	rm -rf .build
