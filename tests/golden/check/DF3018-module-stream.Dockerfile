FROM centos:8
RUN yum module install -y nodejs:18 && yum clean all
