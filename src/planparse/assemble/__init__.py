"""Record builders: tables and sections to contract records, one module per table family."""
