FROM centos:7
RUN yum group install -y 'Development Tools' && yum clean all
