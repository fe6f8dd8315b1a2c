# The full check, as CI runs it: installs the Cypher checker (Neo4j's own
# front end, pinned in cypher/lint/package-lock.json) and requires it.
.PHONY: test bench
test:
	cd cypher/lint && npm ci --no-audit --no-fund --loglevel=error
	NEWSGRAPH_REQUIRE_CYPHER_LINT=1 go test ./...

bench:
	go test -run '^$$' -bench . -benchmem ./...
