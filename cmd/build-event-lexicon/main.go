// Command build-event-lexicon derives nlp/eventlex.tsv, the event trigger
// lexicon newsgraph ships, from PETRARCH2's CAMEO verb dictionary (MIT), the
// CAMEO-to-PLOVER table (CC BY-SA 4.0) and this project's own supplement
// (noun triggers, reported-speech verbs, ASSAULT modes, overrides).
//
// Run from the repository root:
//
//	go run ./cmd/build-event-lexicon -lexicons /work/shared/data/lexicons -out nlp/eventlex.tsv
//
// The output is sorted and carries no timestamp, so the same inputs give the
// same file byte for byte.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("lexicons", "/work/shared/data/lexicons", "folder with CAMEO.2.0.txt and CAMEO2PLOVER-2021.txt")
	supp := flag.String("supplement", "cmd/build-event-lexicon/supplement.tsv", "the project's own additions and overrides")
	out := flag.String("out", "nlp/eventlex.tsv", "where to write the lexicon")
	flag.Parse()
	if err := run(*dir, *supp, *out); err != nil {
		fmt.Fprintln(os.Stderr, "build-event-lexicon:", err)
		os.Exit(1)
	}
}

func run(dir, suppPath, out string) error {
	cameoPath := filepath.Join(dir, "CAMEO.2.0.txt")
	f, err := os.Open(cameoPath)
	if err != nil {
		return err
	}
	dict, err := readCAMEO(f, cameoPath)
	f.Close()
	if err != nil {
		return err
	}
	ploverPath := filepath.Join(dir, "CAMEO2PLOVER-2021.txt")
	f, err = os.Open(ploverPath)
	if err != nil {
		return err
	}
	table, err := readPLOVER(f, ploverPath)
	f.Close()
	if err != nil {
		return err
	}
	f, err = os.Open(suppPath)
	if err != nil {
		return err
	}
	supp, err := readSupplement(f, suppPath)
	f.Close()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeLexicon(&buf, dict, table, supp); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", out, buf.Len())
	return nil
}
