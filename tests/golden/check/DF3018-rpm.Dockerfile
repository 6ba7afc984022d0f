FROM centos:7
RUN yum localinstall -y /tmp/pkg.rpm && yum install -y https://example.com/x.rpm && yum clean all
