package graph

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Files writes a graph into a directory in every file format at once:
// graph.json, graph.graphml, load.cypher and neo4j-admin/.
type Files struct {
	Dir string
}

// Write writes every output; it stops at the first that fails.
func (f Files) Write(g *Graph) error {
	if err := os.MkdirAll(f.Dir, 0o755); err != nil {
		return err
	}
	for _, out := range []struct {
		name  string
		write func(io.Writer, *Graph) error
	}{
		{"graph.json", WriteJSON},
		{"graph.graphml", WriteGraphML},
		{"load.cypher", WriteCypherScript},
		{"graph.html", WriteHTML},
	} {
		if err := writeFile(filepath.Join(f.Dir, out.name), g, out.write); err != nil {
			return err
		}
	}
	return WriteAdminImport(filepath.Join(f.Dir, "neo4j-admin"), g)
}

func writeFile(path string, g *Graph, write func(io.Writer, *Graph) error) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(file, g); err != nil {
		file.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return file.Close()
}
