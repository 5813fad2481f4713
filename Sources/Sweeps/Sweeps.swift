// The Sweeps module: see ARCHITECTURE.md. Types live in files named after them.
