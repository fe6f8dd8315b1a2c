package graph

import (
	"bufio"
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

// Write writes every output; it stops at the first that fails. Each writer
// reads src on its own, so src is read several times over.
func (f Files) Write(src Source) error {
	if err := os.MkdirAll(f.Dir, 0o755); err != nil {
		return err
	}
	for _, out := range []struct {
		name  string
		write func(io.Writer, Source) error
	}{
		{"graph.json", WriteJSON},
		{"graph.graphml", WriteGraphML},
		{"load.cypher", WriteCypherScript},
		{"graph.html", WriteHTML},
	} {
		if err := writeFile(filepath.Join(f.Dir, out.name), src, out.write); err != nil {
			return err
		}
	}
	return WriteAdminImport(filepath.Join(f.Dir, "neo4j-admin"), src)
}

func writeFile(path string, src Source, write func(io.Writer, Source) error) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(file, src); err != nil {
		file.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// writeErr is the error a bufio.Writer has met, if any. It keeps the first
// and returns it from every later write, so an empty write asks for it: a
// writer checks it after each row to stop reading its source once the
// output has failed.
func writeErr(bw *bufio.Writer) error {
	_, err := bw.WriteString("")
	return err
}
