# garden
