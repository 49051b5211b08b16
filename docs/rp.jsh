// Start-up script of a JShell session with rp: the imports a session needs and a short hint.
// docs/jshell.md shows how to start one.
import dev.rp.*;
import dev.rp.gpu.*;
import dev.rp.pods.*;
import dev.rp.schedule.*;
import dev.rp.ssh.*;
import dev.rp.store.*;
import dev.rp.templates.*;
import java.time.*;

System.out.println("rp is ready. Try RunPod.pods().list(), RunPod.gpus().list() or RunPod.templates().list().");
System.out.println("RunPod.pods().create(\"dev-1\").gpu(\"A40\").storage(\"50GB\").start() creates a pod and waits for SSH.");
