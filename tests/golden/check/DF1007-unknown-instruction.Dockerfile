# TODO
TODO write the build
