package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

// Update runs fn in one managed write transaction: the driver retries it
// on transient errors (a leader switch, a deadlock, a server restart), and
// nothing of it lands unless all of it does.
func (n *Neo4j) Update(ctx context.Context, fn func(Tx) error) error {
	session := n.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: n.cfg.Database})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(mtx neo4j.ManagedTransaction) (any, error) {
		return nil, fn(&neo4jTx{ctx: ctx, tx: mtx, batchSize: n.cfg.BatchSize})
	})
	if err != nil {
		return n.explain(err)
	}
	return nil
}

// neo4jTx is a Tx on a managed transaction; every statement is a file in
// cypher/load.
type neo4jTx struct {
	ctx       context.Context
	tx        neo4j.ManagedTransaction
	batchSize int
}

// read runs a read statement and collects the nodes and relationships it
// returns.
func (t *neo4jTx) read(name string, params map[string]any) (*Graph, error) {
	res, err := t.tx.Run(t.ctx, cypher.Load(name), params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	c := NewCollector()
	for res.Next(t.ctx) {
		c.AddRecord(res.Record())
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c.Graph()
}

func (t *neo4jTx) Articles(ids []string) (*Graph, error) {
	return t.read("read_articles", map[string]any{"ids": ids})
}

func (t *neo4jTx) Contributions(ids []string) (*Graph, error) {
	return t.read("read_contributions", map[string]any{"ids": ids})
}

func (t *neo4jTx) Entities(ids []string) (*Graph, error) {
	return t.read("read_entities", map[string]any{"ids": ids})
}

func (t *neo4jTx) Pairs(pairs []Relationship) (*Graph, error) {
	return t.read("read_co_occurs_with", map[string]any{"rows": endRows(pairs)})
}

func (t *neo4jTx) Events(keys []EventKey, ids []string) (*Graph, error) {
	rows := make([]map[string]any, len(keys))
	for i, k := range keys {
		rows[i] = map[string]any{"type": k.Type, "place": k.Place, "actors": nonNil(k.Actors),
			"targets": nonNil(k.Targets), "dates": nonNil(k.Dates), "prefix": k.Prefix, "undated": k.Undated}
	}
	return t.read("read_events", map[string]any{"keys": rows, "ids": nonNil(ids)})
}

func (t *neo4jTx) People(names []string) (*Graph, error) {
	return t.read("read_people", map[string]any{"names": names})
}

func (t *neo4jTx) Lone(surnames []string) (*Graph, error) {
	return t.read("read_lone", map[string]any{"surnames": surnames})
}

func (t *neo4jTx) Texts(shas []string) (*Graph, error) {
	return t.read("read_texts", map[string]any{"shas": shas})
}

func (t *neo4jTx) Stories(since, until, afterPublished, afterID string, limit int) (*Graph, error) {
	params := map[string]any{"after": afterID, "limit": limit}
	if since == "" && until == "" {
		return t.read("read_undated_stories", params)
	}
	params["since"], params["until"], params["afterPublished"] = since, until, afterPublished
	return t.read("read_stories", params)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func endRows(rels []Relationship) []map[string]any {
	rows := make([]map[string]any, len(rels))
	for i, r := range rels {
		rows[i] = map[string]any{"start": r.Start, "end": r.End}
	}
	return rows
}

// Write deletes, then merges: nodes before relationships, each step in
// batches of rows.
func (t *neo4jTx) Write(ch *Changes) error {
	for _, d := range []struct {
		name string
		ids  []string
	}{
		{"delete_articles", ch.DeleteArticles},
		{"clear_articles", ch.ClearArticles},
		{"relink_articles", ch.RelinkArticles},
		{"delete_events", ch.DeleteEvents},
	} {
		if err := t.write(d.name, "ids", stringRows(d.ids)); err != nil {
			return err
		}
	}
	if err := t.write("delete_co_occurs_with", "rows", toAny(endRows(ch.DeletePairs))); err != nil {
		return err
	}
	if err := t.write("delete_entities", "ids", stringRows(ch.DeleteEntities)); err != nil {
		return err
	}
	for _, step := range Plan(ch.Upsert) {
		if err := t.write(step.Name, "rows", toAny(step.Rows)); err != nil {
			return err
		}
	}
	return nil
}

// write runs one statement over rows, batchSize rows at a time, as $param.
func (t *neo4jTx) write(name, param string, rows []any) error {
	for _, batch := range Batches(rows, t.batchSize) {
		res, err := t.tx.Run(t.ctx, cypher.Load(name), map[string]any{param: batch})
		if err == nil {
			_, err = res.Consume(t.ctx)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func stringRows(ids []string) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

func toAny(rows []map[string]any) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = r
	}
	return out
}
