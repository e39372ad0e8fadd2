"""``python -m heraldo.cli``."""

from heraldo.cli.main import main

main()
