package main

import "io"

func runDist(args []string, stdout, stderr io.Writer) error {
	return usageError("dist is not built yet")
}
