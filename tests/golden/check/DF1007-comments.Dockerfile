# syntax=docker/dockerfile:1
# TODO: write the build
