FROM centos:7
RUN yum remove vim-minimal
