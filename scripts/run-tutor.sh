#!/usr/bin/env bash
# Starts the built tutor with a UTF-8 locale when the environment has none (braille and
# box-drawing characters need one).
set -euo pipefail
bin="$1"
shift
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
    *UTF-8* | *utf8* | *UTF8* | *utf-8*) ;;
    *) export LANG=C.UTF-8 ;;
esac
exec "$bin" "$@"
