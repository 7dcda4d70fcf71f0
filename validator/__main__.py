"""``python -m validator``: the same command line as ``coupon-validator``."""

from validator.cli.entry import main

if __name__ == "__main__":
    main()
