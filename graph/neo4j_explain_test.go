package graph

import (
	"errors"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The server's refusals become messages that name the setting to fix.
func TestExplainNamesTheSetting(t *testing.T) {
	n := &Neo4j{cfg: Neo4jConfig{URI: "neo4j://db:7687", Username: "alice", Database: "news"}}
	for code, want := range map[string][]string{
		"Neo.ClientError.Security.Unauthorized":     {"NEO4J_PASSWORD", "NEO4J_USERNAME", `"alice"`},
		"Neo.ClientError.Database.DatabaseNotFound": {"NEO4J_DATABASE", `"news"`},
	} {
		err := n.explain(&neo4j.Neo4jError{Code: code, Msg: "refused"})
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q does not mention %s", code, err, w)
			}
		}
		var nerr *neo4j.Neo4jError
		if !errors.As(err, &nerr) {
			t.Errorf("%s: the driver error is not kept in the chain", code)
		}
	}
}
