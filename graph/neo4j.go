package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

// Neo4jConfig says where to load and how. The CLI fills it from flags or
// the NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE
// environment variables, as Neo4j's own tools do.
type Neo4jConfig struct {
	URI       string // e.g. neo4j://localhost:7687, or neo4j+s://... for TLS
	Username  string
	Password  string
	Database  string // "" is the server's default database
	BatchSize int    // rows a transaction; 0 is DefaultBatchSize
	// Wait is how long OpenNeo4j keeps trying a server that refuses
	// connections, as one does for a few seconds after it starts.
	Wait time.Duration
}

// Neo4j loads graphs into a Neo4j database. Open it with OpenNeo4j.
type Neo4j struct {
	driver neo4j.DriverWithContext
	cfg    Neo4jConfig
}

// OpenNeo4j connects and checks the address, the credentials and the
// database before anything is written, so that a wrong setting fails at
// once with a message that names it.
func OpenNeo4j(ctx context.Context, cfg Neo4jConfig) (*Neo4j, error) {
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("bad Neo4j address %q (set --uri or NEO4J_URI, e.g. neo4j://localhost:7687): %w", cfg.URI, err)
	}
	n := &Neo4j{driver: driver, cfg: cfg}
	deadline := time.Now().Add(cfg.Wait)
	for {
		err := driver.VerifyConnectivity(ctx)
		if err == nil {
			break
		}
		if !neo4j.IsConnectivityError(err) || time.Now().After(deadline) || ctx.Err() != nil {
			driver.Close(ctx)
			return nil, n.explain(err)
		}
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
		}
	}
	if _, err := n.run(ctx, "RETURN 1", nil); err != nil {
		driver.Close(ctx)
		return nil, err
	}
	return n, nil
}

// Close releases the connections.
func (n *Neo4j) Close(ctx context.Context) error { return n.driver.Close(ctx) }

// Schema creates the constraints and indexes; it is safe to run again.
func (n *Neo4j) Schema(ctx context.Context) error {
	for _, s := range cypher.Schema() {
		if _, err := n.run(ctx, s, nil); err != nil {
			return fmt.Errorf("creating the schema: %w", err)
		}
	}
	return nil
}

// Count returns the single integer a statement returns, for checks.
func (n *Neo4j) Count(ctx context.Context, statement string) (int64, error) {
	res, err := n.run(ctx, statement, nil)
	if err != nil {
		return 0, err
	}
	if len(res.Records) != 1 || len(res.Records[0].Values) != 1 {
		return 0, fmt.Errorf("count statement returned %d rows", len(res.Records))
	}
	v, ok := res.Records[0].Values[0].(int64)
	if !ok {
		return 0, fmt.Errorf("count statement returned %T", res.Records[0].Values[0])
	}
	return v, nil
}

func (n *Neo4j) run(ctx context.Context, statement string, params map[string]any) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithWritersRouting()}
	if n.cfg.Database != "" {
		opts = append(opts, neo4j.ExecuteQueryWithDatabase(n.cfg.Database))
	}
	res, err := neo4j.ExecuteQuery(ctx, n.driver, statement, params, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return nil, n.explain(err)
	}
	return res, nil
}

// explain turns driver errors into messages that name the setting to fix.
func (n *Neo4j) explain(err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		switch nerr.Code {
		case "Neo.ClientError.Security.Unauthorized", "Neo.ClientError.Security.AuthenticationRateLimit":
			return fmt.Errorf("Neo4j at %s refused user %q: check --username/NEO4J_USERNAME and --password/NEO4J_PASSWORD: %w", n.cfg.URI, n.cfg.Username, err)
		case "Neo.ClientError.Database.DatabaseNotFound":
			return fmt.Errorf("Neo4j at %s has no database %q: check --database/NEO4J_DATABASE (Community Edition has only \"neo4j\"): %w", n.cfg.URI, n.cfg.Database, err)
		}
		return err
	}
	if neo4j.IsConnectivityError(err) {
		return fmt.Errorf("cannot reach Neo4j at %s: is it running ('docker compose up -d')? check --uri/NEO4J_URI: %w", n.cfg.URI, err)
	}
	return err
}
