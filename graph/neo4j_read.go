package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Rows receives a result as it streams: its column names first, then one
// record at a time.
type Rows interface {
	Begin(keys []string) error
	Row(r *neo4j.Record) error
}

// Query runs one statement in an auto-commit transaction of its own session
// and hands the records to rows as the server sends them, a fetch batch at
// a time, so that a large result never sits in memory. It is not retried:
// rows may have been written out already. write routes to a cluster's
// leader and allows writes; otherwise the session is read-only.
func (n *Neo4j) Query(ctx context.Context, statement string, params map[string]any, write bool, rows Rows) error {
	mode := neo4j.AccessModeRead
	if write {
		mode = neo4j.AccessModeWrite
	}
	session := n.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: n.cfg.Database})
	defer session.Close(ctx)
	res, err := session.Run(ctx, statement, params)
	if err != nil {
		return n.explain(err)
	}
	keys, err := res.Keys()
	if err != nil {
		return n.explain(err)
	}
	if err := rows.Begin(keys); err != nil {
		return err
	}
	for res.Next(ctx) {
		if err := rows.Row(res.Record()); err != nil {
			return err
		}
	}
	if err := res.Err(); err != nil {
		return n.explain(err)
	}
	return nil
}

// Stream runs a read-only statement and hands each record to fn; it makes
// *Neo4j a Streamer for ReadGraph.
func (n *Neo4j) Stream(ctx context.Context, statement string, params map[string]any, fn func(*neo4j.Record) error) error {
	return n.Query(ctx, statement, params, false, rowFunc(fn))
}

type rowFunc func(*neo4j.Record) error

func (f rowFunc) Begin([]string) error      { return nil }
func (f rowFunc) Row(r *neo4j.Record) error { return f(r) }

// ReadGraph reads the selected part of the graph in the database.
func (n *Neo4j) ReadGraph(ctx context.Context, sel Selection) (*Graph, error) {
	g, err := ReadGraph(ctx, n, sel)
	if err != nil {
		return nil, fmt.Errorf("exporting from %s: %w", n.cfg.URI, err)
	}
	return g, nil
}
