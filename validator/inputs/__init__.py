"""Inputs: from the paths of the command line to what each file holds, for ``check`` and ``--fix``.

One layer, four jobs: ``discover`` turns the paths given into the files to check (walking
directories), ``read`` reads one input and names in one line why it could not be, ``runner``
checks one input, ``pool`` checks many on several processes. ``check --fix`` reads its files
through ``read`` too, so an input that cannot be read gets the same words either way.
"""

#: How standard input is named on the command line.
STDIN = "-"
